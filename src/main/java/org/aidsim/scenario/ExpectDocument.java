package org.aidsim.scenario;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code expect} block: one entry per package id, each stating what the run must produce, and under the
 * reserved key {@code coalitions} one entry per coalition id.
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

    /** What one package must produce; every field is optional and only stated fields are checked. */
    public record PackageExpectation(
            Boolean passed,
            String outcome,
            List<String> blockers,
            List<String> exempt,
            @JsonProperty("depends-on") List<String> dependsOn,
            List<String> fired,
            Map<String, TrancheExpectation> tranches) {
    }

    /** What one tranche must come to: status (released, withheld, pending), amount, date. */
    public record TrancheExpectation(String status, JsonNode amount, String date) {
    }

    /** What one pool must hold at the end of the run. */
    public record PoolExpectation(JsonNode balance, JsonNode inflows, JsonNode released) {
    }

    /** What one coalition must come to; every field is optional and only stated fields are checked. */
    public record CoalitionExpectation(
            Boolean active,
            @JsonProperty("target-met") Boolean targetMet,
            List<String> leads,
            List<String> members,
            JsonNode pledged,
            List<String> fired) {
    }
}
