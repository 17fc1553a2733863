package org.aidsim.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.aidsim.model.CountryCode;

/**
 * The power indices of one voting rule over its players, exact or estimated.
 *
 * @param exact true when counted exactly; false for a Monte Carlo estimate through the rules ({@link PowerCheck})
 * @param coalitions the number of coalitions of players, 2^n
 * @param winning the winning coalitions (exact), or the estimate of their number when not exact
 * @param members one row per player, in the players' (alphabetical) order
 * @param samples the draws behind an estimate (0 when exact)
 */
public record PowerIndices(boolean exact, BigInteger coalitions, BigInteger winning, List<Member> members, long samples) {
    /** Decimal places kept for an index (rounded half-even); text prints fewer. */
    public static final int DIGITS = 9;

    public PowerIndices {
        members = List.copyOf(members);
    }

    /**
     * One player's power. {@code swings}: coalitions of the other players that lose without it and win with it
     * (exact; under an estimate, the swings counted in the sample). Banzhaf absolute: swings / 2^(n-1); normalised:
     * swings / all players' swings; Shapley-Shubik: the share of the n! orders of joining in which it turns a losing
     * coalition into a winning one. Low and high: Wilson 95% bounds of an estimate, null when exact.
     */
    public record Member(CountryCode member, long swings, BigDecimal banzhaf, BigDecimal normalisedBanzhaf,
                         BigDecimal shapleyShubik, BigDecimal banzhafLow, BigDecimal banzhafHigh,
                         BigDecimal shapleyShubikLow, BigDecimal shapleyShubikHigh) {
    }

    static PowerIndices exact(List<CountryCode> players, long[] swings, BigInteger[] shapleyNumerators,
                              BigInteger orders, long winning) {
        int n = players.size();
        BigInteger half = BigInteger.ONE.shiftLeft(Math.max(n - 1, 0));
        BigInteger sum = BigInteger.ZERO;
        for (long s : swings) {
            sum = sum.add(BigInteger.valueOf(s));
        }
        List<Member> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BigInteger s = BigInteger.valueOf(swings[i]);
            rows.add(new Member(players.get(i), swings[i], PowerGame.decimal(s, half, DIGITS), PowerGame.decimal(s, sum, DIGITS),
                    PowerGame.decimal(shapleyNumerators[i], orders, DIGITS), null, null, null, null));
        }
        return new PowerIndices(true, BigInteger.ONE.shiftLeft(n), BigInteger.valueOf(winning), rows, 0);
    }
}
