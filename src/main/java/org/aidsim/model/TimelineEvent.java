package org.aidsim.model;

import java.time.LocalDate;
import java.util.List;

/** A dated change to the facts of a scenario; the timeline applies events in date order, then file order. */
public sealed interface TimelineEvent {
    LocalDate date();

    /** A member declares a new position on a package. */
    record PositionChange(LocalDate date, Stance stance) implements TimelineEvent {
    }

    /** A named condition starts or stops holding. */
    record ConditionChange(LocalDate date, Condition condition) implements TimelineEvent {
    }

    /** A member starts or stops objecting to implementing a package. */
    record ObjectionChange(LocalDate date, String packageId, CountryCode member, boolean objects) implements TimelineEvent {
    }

    /** A package is proposed again: every member's position is replaced by the new ones. */
    record Reproposal(LocalDate date, String packageId, List<Stance> stances) implements TimelineEvent {
        public Reproposal {
            stances = List.copyOf(stances);
        }
    }
}
