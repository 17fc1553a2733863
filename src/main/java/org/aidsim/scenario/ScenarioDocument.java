package org.aidsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A scenario file as written. Values that carry domain words (rules, positions, amounts, dates) stay as text here
 * and are checked by {@link ScenarioValidator}, which knows the valid words and can say which ones they are.
 */
public record ScenarioDocument(
        String name,
        String date,
        String description,
        List<String> sources,
        Map<String, Boolean> conditions,
        List<PackageDocument> packages,
        ExpectDocument expect) {

    public record PackageDocument(
            String id,
            String title,
            String forum,
            String rule,
            String participation,
            JsonNode amount,
            List<String> sources,
            Map<String, JsonNode> positions) {
    }
}
