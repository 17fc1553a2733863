package org.aidsim.model;

import java.util.List;

/**
 * What ties a scenario's packages to each other: conditions on other packages' outcomes, combinations of
 * conditions, and requirements. The validator has checked that every package named exists and that no package's
 * decision depends on its own outcome; the engine inserts these facts and the linkage rules decide them.
 */
public record Links(List<OutcomeTest> tests, List<ConditionGroup> groups, List<Requirement> requirements) {
    public static final Links NONE = new Links(List.of(), List.of(), List.of());

    public Links {
        tests = List.copyOf(tests);
        groups = List.copyOf(groups);
        requirements = List.copyOf(requirements);
    }

    /** Every fact to insert into a session, in a fixed order. */
    public List<Object> facts() {
        List<Object> out = new java.util.ArrayList<>();
        out.addAll(tests);
        out.addAll(groups);
        out.addAll(requirements);
        return out;
    }
}
