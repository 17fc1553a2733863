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
        List<String> rulesFired,
        List<StageResult> stages) {

    /** The result of a package decided once (no stages). */
    public PackageResult(AidPackage aidPackage, Verdict verdict, List<CountryCode> blockers, List<String> reasons,
                         List<Exemption> exemptions, List<Vote> votes, List<Dependency> dependencies, List<String> rulesFired) {
        this(aidPackage, verdict, blockers, reasons, exemptions, votes, dependencies, rulesFired, List.of());
    }

    public PackageResult {
        stages = List.copyOf(stages);
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

    /** The same result with its stages' results, in the order the package lists them. */
    public PackageResult withStages(List<StageResult> results) {
        return new PackageResult(aidPackage, verdict, blockers, reasons, exemptions, votes, dependencies, rulesFired, results);
    }

    /** Whether the package is decided in stages. */
    public boolean staged() {
        return !stages.isEmpty();
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
}
