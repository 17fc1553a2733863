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
        return verdict.passes();
    }

    /** The coalition members whose leaving alone would make this package fail. */
    public List<CountryCode> dependsOn() {
        return dependencies.stream().map(Dependency::member).toList();
    }

    public List<CountryCode> exempt() {
        return exemptions.stream().map(Exemption::member).sorted().distinct().toList();
    }
}
