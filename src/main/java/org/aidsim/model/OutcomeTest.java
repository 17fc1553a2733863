package org.aidsim.model;

import java.util.Objects;

/**
 * A condition on another package's outcome on the date decided: {@code {adopted: ukraine-cluster-1}} holds while
 * that package's verdict is adopted, and does not hold once it is decided otherwise. The linkage rules
 * (rules/consensus/linkage.drl) derive the {@link Condition} named {@code name} from the linked package's
 * {@link Decision}; nothing is computed before the session.
 *
 * @param name      the condition's name as stances use it: the test written in flow YAML, "{adopted: X}"
 * @param packageId the linked package (later: a stage, "package/stage", once stages are decisions of their own)
 * @param verdict   the outcome tested: adopted, blocked, failed or waiting
 */
public record OutcomeTest(String name, String packageId, Verdict verdict) {
    public OutcomeTest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The reason a derived condition gives, from the linked package's actual verdict. */
    public String because(Verdict actual) {
        return packageId + " is " + actual.word() + (actual == verdict ? "" : ", not " + verdict.word());
    }
}
