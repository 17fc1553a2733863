package org.aidsim.model;

import java.time.LocalDate;

/**
 * The day decisions are taken on: the scenario's date, then each date its timeline visits. Rules compare dated facts
 * (joining, leaving, launches) against it.
 */
public record ScenarioDate(LocalDate date) {
    public boolean reached(LocalDate day) {
        return !day.isAfter(date);
    }
}
