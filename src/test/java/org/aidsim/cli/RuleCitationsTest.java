package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aidsim.TestRules;
import org.aidsim.engine.RuleCitations;
import org.aidsim.model.RuleRef;
import org.junit.jupiter.api.Test;

/** Rules that cite and explain (issue 9, item 5): ids and sources in the rules, the reports and {@code check}. */
class RuleCitationsTest {
    private static final String FACILITY = "src/test/resources/fixtures/ukraine-facility-one-vote-2023-12.yaml";

    @Test
    void shippedRules_eachHaveAnIdAndACitedSource_noSeedOrDomainNotes() {
        List<RuleRef> rules = TestRules.rules().ruleBook().all();
        assertThat(rules).isNotEmpty().allSatisfy(r -> {
            assertThat(r.id()).as(r.name()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(r.source()).as(r.name()).isNotBlank()
                    .doesNotContainIgnoringCase("seed").doesNotContain("DOMAIN.md");
            assertThat(r.name()).as("a rule name leaves numbers to parameters.yaml").doesNotContain("%");
        });
        assertThat(rules.stream().map(RuleRef::id).distinct().count()).isEqualTo(rules.size());
        assertThat(RuleCitations.of(Path.of("rules"), TestRules.rules()).warnings()).isEmpty();
    }

    @Test
    void runJson_printsEachFiredRuleAsIdNameAndSource() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(CliRun.of("run", "--format", "json", FACILITY).out());
        JsonNode veto = null;
        for (JsonNode rule : doc.get("packages").get(0).get("rules")) {
            assertThat(rule.has("id") && rule.has("name") && rule.has("source")).isTrue();
            if (rule.get("id").asText().equals("unanimity-veto")) {
                veto = rule;
            }
        }
        assertThat(veto).isNotNull();
        assertThat(veto.get("name").asText()).isEqualTo("Unanimity: a single vote against is a veto");
        assertThat(veto.get("source").asText()).startsWith("Art. 238(4) TFEU; https://eur-lex.europa.eu/");
    }

    @Test
    void explain_printsEachFiredRulesIdAndSourceUnderIt() {
        String out = CliRun.of("run", "--explain", FACILITY).out();
        assertThat(out).containsPattern("\\d+\\. Unanimity: a single vote against is a veto.*\n"
                + " +unanimity-veto: Art\\. 238\\(4\\) TFEU; https://eur-lex\\.europa\\.eu/");
    }

    @Test
    void firedExpectation_acceptsAnIdOrAName() {
        Path byBoth = TestRules.write("by-id-and-name.yaml", """
                name: A veto named by its id and by its name
                date: 2024-06-01
                packages:
                  - id: p
                    forum: eu-council
                    rule: unanimity
                    positions: { default: support, HU: oppose }
                expect:
                  p: { passed: false, fired: [unanimity-veto, "Unanimity: a single vote against is a veto"] }
                """);
        CliRun run = CliRun.of("test", byBoth.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        Path wrong = TestRules.write("wrong-id.yaml", """
                name: A rule that did not fire, named by its id
                date: 2024-06-01
                packages:
                  - id: p
                    forum: eu-council
                    rule: unanimity
                    positions: { default: support, HU: oppose }
                expect:
                  p: { fired: [unanimity-adopted] }
                """);
        CliRun failed = CliRun.of("test", wrong.toString());
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).contains("p.fired", "\"unanimity-adopted\" fired", "not fired");
    }

    @Test
    void ruleWithoutIdOrSource_isAWarningAtItsNameLine_andCheckStillPasses() throws Exception {
        Path rules = TestRules.copyRules(Files.createTempDirectory("aidsim-rules").resolve("rules"));
        Path nato = rules.resolve("consensus/nato.drl");
        List<String> lines = Files.readAllLines(nato);
        int nameLine = lines.indexOf("rule \"Consensus: an ally's objection blocks the decision\"") + 1;
        Files.write(nato, lines.stream().filter(l -> !l.contains("@id(\"consensus-objection-blocks\")")
                && !l.startsWith("    @source(\"NATO, Consensus decision-making at NATO; https://www.nato.int/cps/en/natohq/topics_49178.htm\")")).toList());
        int shifted = Files.readAllLines(nato).indexOf("rule \"Consensus: an ally's objection blocks the decision\"") + 1;
        assertThat(shifted).isEqualTo(nameLine);
        CliRun check = CliRun.of("check", "--rules", rules.toString(), FACILITY);
        assertThat(check.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(check.err()).contains("warning: " + nato + ":" + nameLine
                + ": rule \"Consensus: an ally's objection blocks the decision\" has no @id(\"...\")");
        assertThat(check.err()).contains("warning: " + nato + ":" + nameLine
                + ": rule \"Consensus: an ally's objection blocks the decision\" has no @source(\"...\")");
    }

    @Test
    void twoRulesWithOneId_failCheckAtTheSecondRule() throws Exception {
        Path rules = TestRules.copyRules(Files.createTempDirectory("aidsim-rules").resolve("rules"));
        Path nato = rules.resolve("consensus/nato.drl");
        Files.writeString(nato, Files.readString(nato).replace("@id(\"consensus-no-objection-stands\")",
                "@id(\"consensus-objection-blocks\")"));
        int first = Files.readAllLines(nato).indexOf("rule \"Consensus: an ally's objection blocks the decision\"") + 1;
        int second = Files.readAllLines(nato).indexOf("rule \"Consensus: a decision stands when no ally objects\"") + 1;
        CliRun check = CliRun.of("check", "--rules", rules.toString(), FACILITY);
        assertThat(check.exitCode()).isEqualTo(ExitCodes.BAD_RULES);
        assertThat(check.err()).isEqualTo(nato + ":" + second + ": rule \"Consensus: a decision stands when no ally objects\" "
                + "has the id \"consensus-objection-blocks\", which rule \"Consensus: an ally's objection blocks the decision\" ("
                + nato + ":" + first + ") already has; each rule needs its own id\n");
    }
}
