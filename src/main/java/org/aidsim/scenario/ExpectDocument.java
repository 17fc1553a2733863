package org.aidsim.scenario;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code expect} block: one entry per package id, each stating what the run must produce. */
public final class ExpectDocument {
    private final Map<String, JsonNode> packages = new LinkedHashMap<>();

    @JsonAnySetter
    void put(String packageId, JsonNode expectation) {
        packages.put(packageId, expectation);
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
            List<String> fired) {
    }
}
