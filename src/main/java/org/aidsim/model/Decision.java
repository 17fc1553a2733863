package org.aidsim.model;

import java.util.Collection;
import java.util.List;

/** The rules' decision on a package. Blocked decisions gather every {@link Blocking} of the package. */
public record Decision(String packageId, Verdict verdict, List<CountryCode> blockers, List<String> reasons)
        implements AboutPackage {
    public Decision {
        blockers = blockers.stream().sorted().distinct().toList();
        reasons = List.copyOf(reasons);
    }

    public static Decision adopted(String packageId, String reason) {
        return new Decision(packageId, Verdict.ADOPTED, List.of(), List.of(reason));
    }

    /** A declaration issued by its signatories: see {@link Verdict#ISSUED}. */
    public static Decision issued(String packageId, String reason) {
        return new Decision(packageId, Verdict.ISSUED, List.of(), List.of(reason));
    }

    /**
     * An examination committee delivered no opinion (Regulation (EU) No 182/2011, Art. 5(4)): the Commission may adopt
     * the draft, so the package passes.
     */
    public static Decision noOpinion(String packageId, String reason) {
        return new Decision(packageId, Verdict.NO_OPINION, List.of(), List.of(reason));
    }

    public static Decision failed(String packageId, String reason) {
        return new Decision(packageId, Verdict.FAILED, List.of(), List.of(reason));
    }

    /**
     * A package nobody takes part in because every one of its {@code members} (at least 1) opted out; the reason
     * is worded for one member ("its only member") or several ("all 27 members").
     */
    public static Decision nobodyTakesPart(String packageId, long members) {
        return failed(packageId, "no participant: " + (members == 1 ? "its only member" : "all " + members + " members")
                + " opted out, so nobody takes part");
    }

    /** A package that waits for the packages it requires, each not adopted: "waits for X (blocked)". */
    public static Decision waiting(String packageId, Collection<Unmet> unmet) {
        List<String> waitsFor = unmet.stream().map(Unmet::describe).sorted().toList();
        return new Decision(packageId, Verdict.WAITING, List.of(), List.of("waits for " + String.join(", ", waitsFor)));
    }

    public static Decision blocked(String packageId, Collection<Blocking> blockings) {
        List<Blocking> sorted = blockings.stream()
                .sorted((a, b) -> a.reason().compareTo(b.reason()))
                .toList();
        return new Decision(packageId, Verdict.BLOCKED,
                sorted.stream().flatMap(b -> b.members().stream()).toList(),
                sorted.stream().map(Blocking::reason).toList());
    }

    /**
     * A staged package's decision from the outcome of one of its stages: adopted only through
     * {@link #adoptedInStages}; otherwise the stage's verdict, its blockers, and a reason naming the stage, such as
     * "blocked at european-council (euco) by HU: vetoed by HU".
     */
    public static Decision atStage(Stage stage, StageOutcome outcome) {
        String by = outcome.blockers().isEmpty() ? "" : " by " + CountryCode.join(outcome.blockers());
        return new Decision(stage.packageId(), outcome.verdict(), outcome.blockers(),
                List.of(outcome.outcome() + " at " + stage.label() + by + ": " + String.join("; ", outcome.reasons())));
    }

    /** A staged package all of whose {@code stages} stages are adopted, the last due on {@code last}. */
    public static Decision adoptedInStages(String packageId, long stages, java.time.LocalDate last) {
        return adopted(packageId, "adopted in stages: all " + stages + " stages adopted, the last due on " + last);
    }

    /**
     * A package in force until a date that lapsed on the day after it (rules/procedures/lapse.drl): not passed, with the
     * reason; a lapse prevails over the package's other decisions (it was adopted, then ended).
     */
    public static Decision lapsed(String packageId, String reason) {
        return lapsed(packageId, List.of(), reason);
    }

    /** As {@link #lapsed(String, String)}, naming the members whose refusal of its renewal made it lapse. */
    public static Decision lapsed(String packageId, List<CountryCode> blockers, String reason) {
        return new Decision(packageId, Verdict.LAPSED, blockers, List.of(reason));
    }

    public boolean passed() {
        return verdict.passes();
    }
}
