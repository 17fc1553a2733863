package org.aidsim.scenario;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code expect} block: one entry per package id, each stating what the run must produce. */
public final class ExpectDocument {
    static final String POOLS = "pools";

    private final Map<String, JsonNode> packages = new LinkedHashMap<>();
    private JsonNode pools;

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

    public Map<String, JsonNode> packages() {
        return packages;
    }

    /** What one package must produce; every field is optional and only stated fields are checked. */
    public record PackageExpectation(
            Boolean passed,
            String outcome,
            List<String> blockers,
            List<String> exempt,
            List<String> fired,
            Map<String, TrancheExpectation> tranches) {
    }

    /** What one tranche must come to: status (released, withheld, pending), amount, date. */
    public record TrancheExpectation(String status, JsonNode amount, String date) {
    }

    /** What one pool must hold at the end of the run. */
    public record PoolExpectation(JsonNode balance, JsonNode inflows, JsonNode released) {
    }
}
