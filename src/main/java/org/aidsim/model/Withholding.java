package org.aidsim.model;

/** Something that stops a tranche however long one waits: its package is not adopted, a condition fails, a veto. */
public record Withholding(String packageId, String trancheId, String reason) implements AboutPackage {

    public static Withholding notAdopted(Tranche t, Decision d) {
        return new Withholding(t.packageId(), t.id(), "package " + d.verdict().word() + ": " + String.join("; ", d.reasons()));
    }

    /**
     * A tranche whose implementing stage did not pass: "implementing decision assistance-measures blocked at eu-council
     * by HU", or with the stage's reasons when nobody blocked it ("failed at ...: ...").
     */
    public static Withholding atImplementingStage(Tranche t, Stage s, StageOutcome o) {
        String who = o.blockers().isEmpty() ? ": " + String.join("; ", o.reasons())
                : " by " + String.join(", ", o.blockers().stream().map(CountryCode::code).toList());
        return new Withholding(t.packageId(), t.id(), "implementing decision " + s.id() + " " + o.outcome() + " at "
                + s.forum() + who);
    }
}
