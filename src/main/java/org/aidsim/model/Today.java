package org.aidsim.model;

import java.time.LocalDate;

/**
 * The date the timeline stands on. It is present only once the decisions of that date have settled, so the
 * disbursement rules that match on it never see a half-decided package: it is the phase fact of the timeline.
 */
public record Today(LocalDate date) {
}
