package org.aidsim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A scenario file as written. Values that carry domain words (rules, positions, amounts, dates) stay as text here
 * and are checked by {@link ScenarioValidator}, which knows the valid words and can say which ones they are.
 * {@code parameters} sets values of rules/parameters.yaml for this scenario, by path: {@code qmv.population: 70/100}.
 */
public record ScenarioDocument(
        String name,
        String date,
        String end,
        String description,
        List<String> sources,
        Map<String, Boolean> conditions,
        List<PoolDocument> pools,
        List<CoalitionDocument> coalitions,
        List<PackageDocument> packages,
        List<EventDocument> events,
        ExpectDocument expect,
        Map<String, JsonNode> parameters) {

    public record PackageDocument(
            String id,
            String title,
            String forum,
            String rule,
            String participation,
            Boolean cfsp,
            String coalition,
            JsonNode amount,
            List<String> sources,
            Map<String, JsonNode> positions,
            List<TrancheDocument> tranches,
            Map<String, String> implementation,
            List<String> requires,
            Map<String, JsonNode> votes,
            @JsonProperty("cost-shares") CostSharesDocument costShares,
            List<StageDocument> stages,
            String concerned,
            String area,
            @JsonProperty("enhanced-cooperation") Boolean enhancedCooperation,
            @JsonProperty("no-opinion-blocks") Boolean noOpinionBlocks,
            @JsonProperty("in-force-until") String inForceUntil,
            RenewalDocument renewal) {
    }

    /**
     * The renewal of a package in force until a date ({@code in-force-until:}): a decision like a stage's (forum, rule,
     * positions or votes), on {@code date} (default: the in-force-until date), extending the package by
     * {@code extends-by} ("6 months", "1 year") when adopted in time. {@code id} names its stage (default renewal).
     */
    public record RenewalDocument(String id, String forum, String rule, Boolean cfsp, String participation,
                                  Map<String, JsonNode> positions, Map<String, JsonNode> votes, String date,
                                  @JsonProperty("extends-by") String extendsBy) {
    }

    /** Who pays a package's amount: a contribution key of the rules folder, and where exempt members' shares go. */
    public record CostSharesDocument(String key, @JsonProperty("redirect-to") String redirectTo) {
    }

    /**
     * One decision of a package decided in stages: {@code forum} and {@code rule} as a package's, its own
     * {@code positions}, an optional {@code date}, the stage ids it comes {@code after}, and an optional
     * {@code deadline} with the {@code outcome} word it names on lapse (default lapsed); a European Parliament
     * stage gives its {@code votes} counts instead of positions.
     */
    public record StageDocument(String id, String forum, String rule, Boolean cfsp, String participation,
                                Map<String, JsonNode> positions, String date, List<String> after, String deadline,
                                String outcome, Map<String, JsonNode> votes, Boolean implementing) {
    }

    /** A source of tranche money: opening money, dated inflows, and splits that pass inflows on to instruments. */
    public record PoolDocument(String id, String title, String source, JsonNode opening, List<InflowDocument> inflows,
                               List<SplitDocument> splits) {
    }

    public record InflowDocument(String date, JsonNode amount) {
    }

    /** From a date, each inflow goes to the named pools in these percentages ("90%" or 90). */
    public record SplitDocument(String from, Map<String, JsonNode> to) {
    }

    /** One instalment: an amount, or a share of the pool's inflow on a date; and the conditions of its release. */
    public record TrancheDocument(String id, String pool, JsonNode amount, JsonNode share, String inflow, Boolean adopted,
                                  @JsonProperty("not-before") String notBefore, String after, List<String> conditions,
                                  String stage) {
    }

    /**
     * A dated change. Which fields it has says what it is: {pool, amount} an inflow, {pool, split} a new split,
     * {condition, holds}, {package, member, position}, {package, member, implementation}, or {package, positions}
     * for a package proposed again; with {@code stage}, the position or positions are those of that stage of a package
     * decided in stages.
     */
    public record EventDocument(String date, @JsonProperty("package") String aidPackage, String member, JsonNode position,
                                String condition, Boolean holds, String pool, JsonNode amount, Map<String, JsonNode> split,
                                String implementation, Map<String, JsonNode> positions, String stage) {
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
