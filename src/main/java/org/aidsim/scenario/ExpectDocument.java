package org.aidsim.scenario;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code expect} block: one entry per package id, each a part of what {@code run --format json} prints for that
 * package; under the reserved key {@code coalitions} one entry per coalition id, and under {@code pools} one per pool.
 * The entries are read by {@link ExpectationReader}.
 */
public final class ExpectDocument {
    static final String POOLS = "pools";

    private final Map<String, JsonNode> packages = new LinkedHashMap<>();
    private JsonNode pools;
    private final Map<String, JsonNode> coalitions = new LinkedHashMap<>();

    @JsonAnySetter
    void put(String packageId, JsonNode expectation) {
        if (POOLS.equals(packageId)) {
            pools = expectation;
        } else {
            packages.put(packageId, expectation);
        }
    }

    /** The {@code pools} entry: what each pool must hold at the end of the run; null when not stated. */
    public JsonNode pools() {
        return pools;
    }

    @JsonProperty("coalitions")
    void coalitions(Map<String, JsonNode> byId) {
        if (byId != null) {
            coalitions.putAll(byId);
        }
    }

    public Map<String, JsonNode> packages() {
        return packages;
    }

    public Map<String, JsonNode> coalitions() {
        return coalitions;
    }
}
