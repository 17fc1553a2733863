package org.aidsim.model;

import java.util.List;

/**
 * What a run decided for one package, and the reasons and rules behind it.
 *
 * @param waitsFor the packages it requires that are not adopted on the date, sorted (empty unless it waits)
 * @param count the European Parliament's count against its seats on the date, for a package decided on vote counts;
 *              null otherwise
 */
public record PackageResult(
        AidPackage aidPackage,
        Verdict verdict,
        List<CountryCode> blockers,
        List<String> reasons,
        List<Exemption> exemptions,
        List<Vote> votes,
        List<Dependency> dependencies,
        List<String> rulesFired,
        List<String> waitsFor,
        SeatCount count,
        List<StageResult> stages) {

    /** A result of a package that waits for nothing and was decided on its members' positions (no Parliament count). */
    public PackageResult(AidPackage aidPackage, Verdict verdict, List<CountryCode> blockers, List<String> reasons,
                         List<Exemption> exemptions, List<Vote> votes, List<Dependency> dependencies,
                         List<String> rulesFired) {
        this(aidPackage, verdict, blockers, reasons, exemptions, votes, dependencies, rulesFired, List.of(), null, List.of());
    }

    /** This result, waiting for {@code required} (package ids). */
    public PackageResult withWaitsFor(List<String> required) {
        return new PackageResult(aidPackage, verdict, blockers, reasons, exemptions, votes, dependencies, rulesFired,
                required, count, stages);
    }

    /** This result, with the European Parliament's count it was decided on. */
    public PackageResult withCount(SeatCount seatCount) {
        return new PackageResult(aidPackage, verdict, blockers, reasons, exemptions, votes, dependencies, rulesFired,
                waitsFor, seatCount, stages);
    }

    public PackageResult {
        stages = List.copyOf(stages);
        blockers = List.copyOf(blockers);
        reasons = List.copyOf(reasons);
        exemptions = List.copyOf(exemptions);
        votes = List.copyOf(votes);
        dependencies = dependencies.stream().sorted(java.util.Comparator.comparing(Dependency::member)).toList();
        rulesFired = List.copyOf(rulesFired);
        waitsFor = waitsFor.stream().sorted().distinct().toList();
    }

    public String id() {
        return aidPackage.id();
    }

    /** The same result with its stages' results, in the order the package lists them. */
    public PackageResult withStages(List<StageResult> results) {
        return new PackageResult(aidPackage, verdict, blockers, reasons, exemptions, votes, dependencies, rulesFired, waitsFor, count, results);
    }

    /** Whether the package is decided in stages. */
    public boolean staged() {
        return !stages.isEmpty();
    }

    public boolean passed() {
        return verdict.passes();
    }

    /** The coalition members whose leaving alone would make this package fail. */
    public List<CountryCode> dependsOn() {
        return dependencies.stream().map(Dependency::member).toList();
    }

    public List<CountryCode> exempt() {
        return exemptions.stream().map(Exemption::member).sorted().distinct().toList();
    }

    /**
     * What each member pays of the amount, when the package declares {@code cost-shares} and was adopted: the
     * members that take part (the votes of all but opt-outs) share it by the key, exempt members' shares
     * redistributed or redirected ({@link CostShares}). Empty otherwise: a package not adopted costs nobody anything.
     */
    public java.util.Optional<CostShares> costShares() {
        CostShareRule rule = aidPackage.costShares();
        if (rule == null || aidPackage.amount() == null || !passed()) {
            return java.util.Optional.empty();
        }
        java.util.Set<CountryCode> takingPart = votes.stream().filter(Vote::takesPart).map(Vote::member)
                .collect(java.util.stream.Collectors.toSet());
        return java.util.Optional.of(CostShares.of(rule, aidPackage.amount(), takingPart, java.util.Set.copyOf(exempt())));
    }
}
