package org.aidsim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
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
        List<CoalitionDocument> coalitions,
        List<PackageDocument> packages,
        ExpectDocument expect) {

    public record PackageDocument(
            String id,
            String title,
            String forum,
            String rule,
            String participation,
            String coalition,
            JsonNode amount,
            List<String> sources,
            Map<String, JsonNode> positions) {
    }

    /** A capability coalition; {@code target} and each member's {@code pledge} are money or {@code {items: N}}. */
    public record CoalitionDocument(
            String id,
            String title,
            String launched,
            List<String> leads,
            @JsonProperty("min-members") Integer minMembers,
            JsonNode target,
            List<String> eligible,
            List<MemberDocument> members,
            List<String> sources) {
    }

    /** One member entry: joined (or declared readiness, with intent: true) on a date, perhaps left later. */
    public record MemberDocument(
            String country,
            String joined,
            String left,
            JsonNode pledge,
            Boolean intent) {
    }
}
