package org.aidsim.model;

import java.time.LocalDate;

/**
 * Money arriving in a pool on a date.
 *
 * @param origin where it comes from, e.g. "pools[0].inflows[1]" or "routed from windfall (90%)"; it also keeps two
 *               equal amounts arriving on one date apart
 */
public record Inflow(String poolId, LocalDate date, Money amount, String origin) {
}
