package org.aidsim.model;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The money reference data of a rules folder: euro reference rates ({@code reference/rates/ecb.yaml}) and
 * contribution keys ({@code reference/cost-shares/*.yaml}).
 */
public record MoneyReference(RateTable rates, Map<String, CostKey> costKeys) {
    public static final MoneyReference NONE = new MoneyReference(RateTable.EMPTY, Map.of());

    public MoneyReference {
        rates = rates == null ? RateTable.EMPTY : rates;
        costKeys = new TreeMap<>(costKeys);
    }

    public Optional<CostKey> costKey(String id) {
        return Optional.ofNullable(costKeys.get(id));
    }
}
