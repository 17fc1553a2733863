package org.aidsim.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.aidsim.model.CountryCode;
import org.aidsim.model.DecisionRule;
import org.aidsim.model.Ratio;
import org.aidsim.model.Thresholds;

/**
 * A package's voting rule as a simple game whose winning test depends only on a coalition's size and total weight:
 * the members of a coalition support, every other player opposes. Players are the seated members that take part
 * (an opt-out is outside the game, as Art. 238(3) TFEU puts it outside the thresholds). Covers
 * <ul>
 *   <li>{@code qmv} (Art. 16(4) TEU, Art. 238(3)(a) TFEU): members reached ({@code qmv.members}, and
 *   {@code qmv.minimum-members} when every seated member takes part) and either the population share
 *   ({@code qmv.population}) or fewer members outside than a blocking minority needs ({@code qmv.blocking-minority-members}
 *   with all taking part, else the fewest participants holding more than the complement of the population share, plus
 *   {@code qmv.blocking-minority-plus-members});</li>
 *   <li>{@code reinforced-qmv} (Art. 238(2)-(3)(b) TFEU): {@code reinforced-qmv.members} and {@code reinforced-qmv.population};</li>
 *   <li>{@code weighted}: the coalition's weights (the roster's {@code weights}) reach {@code weighted.quota};</li>
 *   <li>{@code unanimity} and {@code consensus}: only the coalition of every player wins.</li>
 * </ul>
 * These are the tests the DRL in rules/consensus states; {@link PowerCheck} verifies that the rules in use agree.
 */
public final class PowerGame {
    /** Largest (players + 1) * (total weight + 1) table the exact count builds (about 400 MB of longs). */
    static final long MAX_CELLS = 50_000_000L;

    private final DecisionRule rule;
    private final List<CountryCode> players;
    private final long[] weights;
    private final long total;
    private final Win win;

    /** Whether a coalition of {@code size} players holding {@code weight} (of the players' total) wins. */
    @FunctionalInterface
    interface Win {
        boolean test(int size, long weight);
    }

    private PowerGame(DecisionRule rule, List<CountryCode> players, long[] weights, Win win) {
        this.rule = rule;
        this.players = List.copyOf(players);
        this.weights = weights;
        this.total = Arrays.stream(weights).sum();
        this.win = win;
    }

    /**
     * The game of {@code rule} for these players, or empty for a rule this algorithm does not know (a rule a rules
     * folder adds), which only the rules themselves can then decide.
     *
     * @param weights each player's population weight (or vote weight under {@code weighted}), same order as players
     * @param allTakePart whether every seated member is a player (the member minimum and the fixed blocking minority apply)
     */
    public static Optional<PowerGame> of(DecisionRule rule, List<CountryCode> players, long[] weights, boolean allTakePart,
                                         Thresholds th) {
        int n = players.size();
        long total = Arrays.stream(weights).sum();
        switch (rule.word()) {
            case "unanimity", "consensus" -> {
                return Optional.of(new PowerGame(rule, players, new long[n], (size, weight) -> size == n));
            }
            case "weighted" -> {
                long quota = th.count("weighted.quota");
                return Optional.of(new PowerGame(rule, players, weights.clone(), (size, weight) -> weight >= quota));
            }
            case "reinforced-qmv" -> {
                Ratio members = th.ratio("reinforced-qmv.members");
                Ratio population = th.ratio("reinforced-qmv.population");
                return Optional.of(new PowerGame(rule, players, weights.clone(),
                        (size, weight) -> members.isReachedBy(size, n) && population.isReachedBy(weight, total)));
            }
            case "qmv" -> {
                Ratio members = th.ratio("qmv.members");
                int minimum = th.count("qmv.minimum-members");
                Ratio population = th.ratio("qmv.population");
                int floor = allTakePart ? th.count("qmv.blocking-minority-members")
                        : computedFloor(weights, total, population.complement()) + th.count("qmv.blocking-minority-plus-members");
                return Optional.of(new PowerGame(rule, players, weights.clone(), (size, weight) ->
                        members.isReachedBy(size, n) && (size >= minimum || !allTakePart)
                                && (population.isReachedBy(weight, total) || n - size < floor)));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * The fewest participants holding more than {@code share} of their population (Art. 238(3)(a) TFEU adds
     * qmv.blocking-minority-plus-members to it, as rules/consensus/qmv.drl does).
     */
    private static int computedFloor(long[] weights, long total, Ratio share) {
        long[] sorted = weights.clone();
        Arrays.sort(sorted);
        long held = 0;
        int count = 0;
        for (int i = sorted.length - 1; i >= 0 && !share.isExceededBy(held, total); i--) {
            held += sorted[i];
            count++;
        }
        return count;
    }

    public DecisionRule rule() {
        return rule;
    }

    public List<CountryCode> players() {
        return players;
    }

    /** Whether the coalition of players whose bit is set in {@code coalition} (bit i: player i) wins. */
    public boolean wins(boolean[] coalition) {
        int size = 0;
        long weight = 0;
        for (int i = 0; i < coalition.length; i++) {
            if (coalition[i]) {
                size++;
                weight += weights[i];
            }
        }
        return win.test(size, weight);
    }

    /** Whether the exact count fits in memory: (players + 1) * (total weight / gcd + 1) cells at most {@link #MAX_CELLS}. */
    public boolean countable() {
        long g = gcd();
        return (players.size() + 1L) * (total / g + 1) <= MAX_CELLS;
    }

    private long gcd() {
        long g = 0;
        for (long w : weights) {
            g = BigInteger.valueOf(g).gcd(BigInteger.valueOf(w)).longValueExact();
        }
        return g == 0 ? 1 : g;
    }

    /**
     * The exact indices, by dynamic programming over (coalition size, coalition weight): the number of coalitions of
     * each size and weight, then for each player the same count over the others (removing the player from the table),
     * from which its swings (coalitions of others that lose without it and win with it) and Shapley-Shubik sum follow.
     * Weights are divided by their greatest common divisor first. Counts are exact longs (up to 62 players).
     *
     * @throws IllegalStateException when not {@link #countable()}
     */
    public PowerIndices exact() {
        if (!countable()) {
            throw new IllegalStateException("weights too fine for the exact count");
        }
        int n = players.size();
        if (n > 62) {
            throw new IllegalStateException("more than 62 players");
        }
        long g = gcd();
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = Math.toIntExact(weights[i] / g);
        }
        int width = Math.toIntExact(total / g) + 1;
        long[][] all = new long[n + 1][width];
        all[0][0] = 1;
        for (int i = 0; i < n; i++) {
            for (int k = i; k >= 0; k--) {
                long[] from = all[k];
                long[] to = all[k + 1];
                for (int s = width - 1 - w[i]; s >= 0; s--) {
                    if (from[s] != 0) {
                        to[s + w[i]] += from[s];
                    }
                }
            }
        }
        long winning = 0;
        for (int k = 0; k <= n; k++) {
            for (int s = 0; s < width; s++) {
                if (all[k][s] != 0 && win.test(k, s * g)) {
                    winning += all[k][s];
                }
            }
        }
        BigInteger[] factorial = new BigInteger[n + 1];
        factorial[0] = BigInteger.ONE;
        for (int k = 1; k <= n; k++) {
            factorial[k] = factorial[k - 1].multiply(BigInteger.valueOf(k));
        }
        long[] swings = new long[n];
        BigInteger[] shapleyNumerators = new BigInteger[n];
        long[][] others = new long[n][width];
        for (int i = 0; i < n; i++) {
            int wi = w[i];
            for (long[] row : others) {
                Arrays.fill(row, 0);
            }
            // Coalitions of the others: all[k][s] = others[k][s] + others[k-1][s-wi].
            for (int k = 0; k < n; k++) {
                for (int s = 0; s < width; s++) {
                    long with = k > 0 && s >= wi ? others[k - 1][s - wi] : 0;
                    others[k][s] = all[k][s] - with;
                }
            }
            long count = 0;
            BigInteger shapley = BigInteger.ZERO;
            for (int k = 0; k < n; k++) {
                long bySize = 0;
                for (int s = 0; s + wi < width; s++) {
                    long c = others[k][s];
                    if (c != 0 && !win.test(k, s * g) && win.test(k + 1, (s + wi) * g)) {
                        bySize += c;
                    }
                }
                count += bySize;
                if (bySize != 0) {
                    shapley = shapley.add(BigInteger.valueOf(bySize).multiply(factorial[k]).multiply(factorial[n - k - 1]));
                }
            }
            swings[i] = count;
            shapleyNumerators[i] = shapley;
        }
        return PowerIndices.exact(players, swings, shapleyNumerators, factorial[n], winning);
    }

    /** A fraction as a decimal rounded half-even to {@code digits} places. */
    static BigDecimal decimal(BigInteger numerator, BigInteger denominator, int digits) {
        if (denominator.signum() == 0) {
            return BigDecimal.ZERO.setScale(digits);
        }
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), new MathContext(60)).setScale(digits, RoundingMode.HALF_EVEN);
    }

    /** The players' weights, same order as {@link #players()}. */
    public List<Long> weights() {
        List<Long> out = new ArrayList<>();
        for (long w : weights) {
            out.add(w);
        }
        return out;
    }
}
