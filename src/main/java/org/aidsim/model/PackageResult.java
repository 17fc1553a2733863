package org.aidsim.model;

import java.util.List;

/** What a run decided for one package, and the reasons and rules behind it. */
public record PackageResult(
        AidPackage aidPackage,
        Verdict verdict,
        List<CountryCode> blockers,
        List<String> reasons,
        List<Exemption> exemptions,
        List<Vote> votes,
        List<Dependency> dependencies,
        List<String> rulesFired) {

    public PackageResult {
        blockers = List.copyOf(blockers);
        reasons = List.copyOf(reasons);
        exemptions = List.copyOf(exemptions);
        votes = List.copyOf(votes);
        dependencies = dependencies.stream().sorted(java.util.Comparator.comparing(Dependency::member)).toList();
        rulesFired = List.copyOf(rulesFired);
    }

    public String id() {
        return aidPackage.id();
    }

    public boolean passed() {
        return verdict == Verdict.ADOPTED;
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
