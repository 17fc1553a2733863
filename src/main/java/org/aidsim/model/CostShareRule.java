package org.aidsim.model;

import java.util.Objects;

/**
 * How a package's amount is shared among the members that take part: a package's {@code cost-shares:}.
 *
 * @param key        the contribution key
 * @param redirectTo null when an exempt member's share is redistributed among the others; else the id of the package
 *                   an exempt member pays its share into instead (as Austria, Ireland and Malta paid their share of
 *                   the EPF's lethal measures for Ukraine into the non-lethal one), while the others still cover
 *                   the whole amount
 */
public record CostShareRule(CostKey key, String redirectTo) {
    public CostShareRule {
        Objects.requireNonNull(key, "key");
    }
}
