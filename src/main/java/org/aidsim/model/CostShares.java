package org.aidsim.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What each member pays of an adopted package's amount under its {@link CostShareRule}, exact to the smallest unit
 * of the amount (the cent, or the amount's own last decimal if finer).
 *
 * <p>Who pays: every member of the package's forum that takes part in it (an opt-out of a voluntary package does
 * not) and is not exempt (a constructive abstainer, an accepted opt-out). An exempt member pays nothing into the
 * package: its share is <em>redistributed</em>, the payers covering the whole amount by their weights, or, with
 * {@code redirectTo}, also <em>redirected</em>: the exempt member pays what its share of the whole would have been
 * into that other package.
 *
 * <p>Rounding (largest remainder): each share is the amount times weight over total weight, cut down to the unit;
 * the units left over are then given one each to the members whose cut-off remainders were largest, ties to the
 * member whose code comes first. The parts therefore add up to the amount exactly, and no part differs from its
 * exact value by a unit or more.
 *
 * @param paid       what each payer pays into the package, by member code; sums to the amount exactly
 * @param exempt     the exempt members of the forum, who pay nothing into the package
 * @param redirected what each exempt member pays into {@link CostShareRule#redirectTo()} instead (empty without one)
 */
public record CostShares(CostShareRule rule, Money amount, Map<CountryCode, Money> paid, List<CountryCode> exempt,
                         Map<CountryCode, Money> redirected) {
    public CostShares {
        paid = new TreeMap<>(paid);
        exempt = List.copyOf(exempt);
        redirected = new TreeMap<>(redirected);
    }

    /**
     * Shares {@code amount} among {@code takingPart} less {@code exempt} by the rule's key. Every member taking part
     * must be in the key (scenario validation checks it). With nobody left to pay, nothing is paid.
     */
    public static CostShares of(CostShareRule rule, Money amount, Set<CountryCode> takingPart, Set<CountryCode> exempt) {
        List<CountryCode> payers = takingPart.stream().filter(m -> !exempt.contains(m)).sorted().toList();
        List<CountryCode> exemptTakingPart = takingPart.stream().filter(exempt::contains).sorted().toList();
        Map<CountryCode, Money> paid = allocate(amount, payers, rule.key());
        Map<CountryCode, Money> redirected = new TreeMap<>();
        if (rule.redirectTo() != null && !exemptTakingPart.isEmpty()) {
            List<CountryCode> everyone = takingPart.stream().sorted().toList();
            allocate(amount, everyone, rule.key()).forEach((member, share) -> {
                if (exempt.contains(member)) {
                    redirected.put(member, share);
                }
            });
        }
        return new CostShares(rule, amount, paid, exemptTakingPart, redirected);
    }

    /** The largest-remainder allocation of {@code amount} among {@code members} by their weights in {@code key}. */
    static Map<CountryCode, Money> allocate(Money amount, List<CountryCode> members, CostKey key) {
        Map<CountryCode, Money> out = new TreeMap<>();
        BigDecimal total = members.stream().map(m -> key.weights().get(m)).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (members.isEmpty() || total.signum() == 0) {
            return out;
        }
        int scale = Math.max(Rate.CENTS, amount.euros().scale());
        BigInteger units = amount.euros().setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
        record Part(CountryCode member, BigInteger floor, BigDecimal remainder) {
        }
        List<Part> parts = new ArrayList<>();
        BigInteger given = BigInteger.ZERO;
        for (CountryCode m : members) {
            BigDecimal exact = new BigDecimal(units).multiply(key.weights().get(m));
            // floor(units * w / total) and what is left of the numerator: exact, never an inexact division
            BigDecimal[] division = exact.divideAndRemainder(total);
            BigInteger floor = division[0].toBigIntegerExact();
            parts.add(new Part(m, floor, division[1]));
            given = given.add(floor);
        }
        BigInteger left = units.subtract(given);
        List<Part> byRemainder = parts.stream()
                .sorted(Comparator.comparing(Part::remainder).reversed().thenComparing(Part::member)).toList();
        Map<CountryCode, BigInteger> extra = new TreeMap<>();
        for (int i = 0; i < left.intValueExact(); i++) {
            extra.put(byRemainder.get(i).member(), BigInteger.ONE);
        }
        for (Part p : parts) {
            BigInteger share = p.floor().add(extra.getOrDefault(p.member(), BigInteger.ZERO));
            out.put(p.member(), new Money(new BigDecimal(share, scale)));
        }
        return out;
    }

    /** The sum of what the payers pay: the amount, exactly, whenever anyone pays. */
    public Money total() {
        return Money.sum(paid.values());
    }
}
