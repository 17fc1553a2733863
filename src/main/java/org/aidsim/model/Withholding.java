package org.aidsim.model;

/** Something that stops a tranche however long one waits: its package is not adopted, a condition fails, a veto. */
public record Withholding(String packageId, String trancheId, String reason) implements AboutPackage {

    public static Withholding notAdopted(Tranche t, Decision d) {
        return new Withholding(t.packageId(), t.id(), "package " + d.verdict().word() + ": " + String.join("; ", d.reasons()));
    }
}
