package org.aidsim.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A contribution key: by how much of a shared amount each member pays, as reference data of a rules folder
 * ({@code reference/cost-shares/ID.yaml}). Weights are exact positive numbers in any unit (percentages,
 * population figures); a member pays the amount times its weight over the total weight of those who pay.
 *
 * @param id      the file's name without .yaml, what a scenario's {@code cost-shares: {key: ID}} names
 * @param year    the year the key's figures describe
 * @param source  where the figures come from (a citation with its URL)
 * @param weights each member's weight
 */
public record CostKey(String id, String title, int year, String source, Map<CountryCode, BigDecimal> weights) {
    public CostKey {
        Objects.requireNonNull(id, "id");
        weights = new TreeMap<>(weights);
        title = title == null ? id : title;
        source = source == null ? "" : source;
    }

    public boolean covers(CountryCode member) {
        return weights.containsKey(member);
    }
}
