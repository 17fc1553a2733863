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
        List<String> rulesFired) {

    public PackageResult {
        blockers = List.copyOf(blockers);
        reasons = List.copyOf(reasons);
        exemptions = List.copyOf(exemptions);
        votes = List.copyOf(votes);
        rulesFired = List.copyOf(rulesFired);
    }

    public String id() {
        return aidPackage.id();
    }

    public boolean passed() {
        return verdict == Verdict.ADOPTED;
    }

    public List<CountryCode> exempt() {
        return exemptions.stream().map(Exemption::member).sorted().distinct().toList();
    }
}
