package org.aidsim.model;

import java.time.LocalDate;

/** The day a scenario describes; rules compare dated facts (joining, leaving, launches) against it. */
public record ScenarioDate(LocalDate date) {
    public boolean reached(LocalDate day) {
        return !day.isAfter(date);
    }
}
