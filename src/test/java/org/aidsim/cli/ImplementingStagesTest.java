package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.aidsim.TestRules;
import org.junit.jupiter.api.Test;

/**
 * Implementing decisions (issue 10): a stage marked {@code implementing: true} gates only the tranches naming it in
 * {@code stage:} and does not count toward the package's adoption (rules/procedures/stages.drl and the tranche
 * rules of rules/disbursement/), through {@code run}'s JSON and text.
 */
class ImplementingStagesTest {
    /** The Fund adopted with HU abstaining constructively; its measures by unanimity with HU as written. */
    private static String fund(String huOnMeasures, String extra) {
        return """
                name: implementing decisions
                date: 2024-03-18
                end: 2024-12-31
                pools:
                  - { id: uaf, opening: 6 billion EUR }
                packages:
                  - id: fund
                    amount: 5 billion EUR
                    stages:
                      - id: creation
                        forum: eu-council
                        rule: unanimity
                        cfsp: true
                        positions: { default: support, HU: constructive-abstain }
                      - id: measures
                        forum: eu-council
                        rule: unanimity
                        cfsp: true
                        after: [creation]
                        implementing: true
                        positions: { default: support, HU: %s }
                    tranches:
                      - { id: gated, pool: uaf, amount: 5 billion EUR, not-before: 2024-07-22, stage: measures }
                      - { id: free, pool: uaf, amount: 1 billion EUR, not-before: 2024-07-22 }
                %s""".formatted(huOnMeasures, extra);
    }

    private static Path file(String yaml) {
        return TestRules.write("implementing.yaml", yaml);
    }

    private static JsonNode pkg(String yaml, String... options) throws Exception {
        String[] args = new String[options.length + 1];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = file(yaml).toString();
        return StagesTest.json(args).get("packages").get(0);
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode n : list) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }

    @Test
    void implementingStageVetoed_withholdsOnlyItsTranche() throws Exception {
        JsonNode fund = pkg(fund("oppose", ""));
        assertThat(fund.get("outcome").asText()).isEqualTo("adopted");
        JsonNode gated = find(fund.get("tranches"), "gated");
        assertThat(gated.get("status").asText()).isEqualTo("WITHHELD");
        assertThat(gated.get("reasons").toString())
                .contains("implementing decision measures blocked at eu-council by HU");
        assertThat(find(fund.get("tranches"), "free").get("status").asText()).isEqualTo("RELEASED");
    }

    @Test
    void constructiveAbstentionOnAdoption_doesNotExemptFromImplementingStage() throws Exception {
        JsonNode fund = pkg(fund("oppose", ""));
        JsonNode creation = find(fund.get("stages"), "creation");
        assertThat(creation.get("passed").asBoolean()).isTrue();
        assertThat(creation.get("votes").get("constructive-abstain").toString()).isEqualTo("[\"HU\"]");
        JsonNode measures = find(fund.get("stages"), "measures");
        assertThat(measures.get("outcome").asText()).isEqualTo("blocked");
        assertThat(measures.get("blockers").toString()).isEqualTo("[\"HU\"]");
        assertThat(measures.get("rules").toString()).contains("stage-not-adopted", "unanimity-veto");
    }

    @Test
    void implementingStage_isDecidedWhenItsTrancheFallsDue_andReleasesItThatDay() throws Exception {
        JsonNode before = pkg(fund("support", ""), "--as-of", "2024-07-21");
        assertThat(find(before.get("stages"), "measures").get("outcome").asText()).isEqualTo("pending");
        JsonNode waiting = find(before.get("tranches"), "gated");
        assertThat(waiting.get("status").asText()).isEqualTo("PENDING");
        JsonNode after = pkg(fund("support", ""));
        JsonNode measures = find(after.get("stages"), "measures");
        assertThat(measures.get("outcome").asText()).isEqualTo("adopted");
        assertThat(measures.get("date").asText()).isEqualTo("2024-07-22");
        JsonNode gated = find(after.get("tranches"), "gated");
        assertThat(gated.get("status").asText()).isEqualTo("RELEASED");
        assertThat(gated.get("date").asText()).isEqualTo("2024-07-22");
    }

    @Test
    void implementingStageReopenedByAnEvent_releasesItsTrancheThatDay() throws Exception {
        JsonNode fund = pkg(fund("oppose", """
                events:
                  - { date: 2024-10-01, package: fund, stage: measures, member: HU, position: support }
                """));
        JsonNode gated = find(fund.get("tranches"), "gated");
        assertThat(gated.get("status").asText()).isEqualTo("RELEASED");
        assertThat(gated.get("date").asText()).isEqualTo("2024-10-01");
    }

    @Test
    void packageNotAdopted_leavesItsImplementingStageNotReached_andWithholdsForThePackageOnly() throws Exception {
        JsonNode fund = pkg(fund("oppose", "").replace("HU: constructive-abstain", "HU: oppose"));
        assertThat(fund.get("outcome").asText()).isEqualTo("blocked");
        assertThat(fund.get("reasons").get(0).asText()).startsWith("blocked at eu-council (creation) by HU");
        assertThat(find(fund.get("stages"), "measures").get("outcome").asText()).isEqualTo("not-reached");
        JsonNode gated = find(fund.get("tranches"), "gated");
        assertThat(gated.get("status").asText()).isEqualTo("WITHHELD");
        assertThat(gated.get("reasons")).hasSize(1);
        assertThat(gated.get("reasons").get(0).asText()).startsWith("package blocked");
    }

    @Test
    void implementingStageAloneBlocked_doesNotStopThePackage() throws Exception {
        JsonNode fund = pkg(fund("oppose", ""));
        assertThat(fund.get("passed").asBoolean()).isTrue();
        assertThat(fund.get("reasons").get(0).asText()).startsWith("adopted in stages: all 1 stages adopted");
    }

    @Test
    void json_marksOnlyTheImplementingStage() throws Exception {
        JsonNode fund = pkg(fund("oppose", ""));
        assertThat(find(fund.get("stages"), "measures").get("implementing").asBoolean()).isTrue();
        assertThat(find(fund.get("stages"), "creation").has("implementing")).isFalse();
    }

    @Test
    void textAndExplain_markTheImplementingStage_andNameItInTheTranchesReason() {
        CliRun run = CliRun.of("run", "--explain", file(fund("oppose", "")).toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("measures (implementing)  eu-council  unanimity  2024-07-22  BLOCKED  HU")
                .contains("stage measures: implementing decision (gates only the tranches naming it), eu-council, unanimity")
                .contains("WITHHELD  implementing decision measures blocked at eu-council by HU");
    }

    @Test
    void trancheNamingAnUnknownStage_exits3AtItsPlace_withoutAStackTrace() {
        CliRun run = CliRun.of("run", file(fund("oppose", "").replace("not-before: 2024-07-22 }",
                "not-before: 2024-07-22, stage: measure }")).toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("packages[0].tranches[1].stage: unknown stage 'measure'; stages of fund: creation, measures")
                .doesNotContain("Exception").doesNotContain("org.aidsim");
    }
}
