package org.aidsim.model;

import java.util.Objects;

/**
 * The treaty numbers the rules compare against, read from rules/parameters.yaml so that a what-if such as
 * "constructive abstention at one quarter" is a one-line edit there.
 */
public record Thresholds(
        Ratio qmvMembers,
        int qmvMinimumMembers,
        Ratio qmvPopulation,
        int blockingMinorityMembers,
        Ratio reinforcedQmvMembers,
        Ratio reinforcedQmvPopulation,
        Ratio constructiveAbstentionMembers,
        Ratio constructiveAbstentionPopulation) {
    public Thresholds {
        Objects.requireNonNull(qmvMembers, "qmvMembers");
        Objects.requireNonNull(qmvPopulation, "qmvPopulation");
        Objects.requireNonNull(reinforcedQmvMembers, "reinforcedQmvMembers");
        Objects.requireNonNull(reinforcedQmvPopulation, "reinforcedQmvPopulation");
        Objects.requireNonNull(constructiveAbstentionMembers, "constructiveAbstentionMembers");
        Objects.requireNonNull(constructiveAbstentionPopulation, "constructiveAbstentionPopulation");
    }

    /** The figures of Art. 16(4) TEU, Art. 238 TFEU and Art. 31(1) TEU. */
    public static Thresholds treaty() {
        return new Thresholds(new Ratio(55, 100), 15, new Ratio(65, 100), 4,
                new Ratio(72, 100), new Ratio(65, 100), new Ratio(1, 3), new Ratio(1, 3));
    }
}
