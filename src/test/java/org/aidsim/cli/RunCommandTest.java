package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aidsim.TestRules;
import org.junit.jupiter.api.Test;

class RunCommandTest {
    private static final String FACILITY = "src/test/resources/fixtures/ukraine-facility-one-vote-2023-12.yaml";

    @Test
    void realScenario_printsTableWithBlockerAndReason() {
        CliRun run = CliRun.of("run", "scenarios/eu/ukraine-facility-2023-12.yaml");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("PACKAGE", "  ukraine-facility  european-council, european-parliament, eu-council"
                        + "  stages  BLOCKED  HU        blocked at european-council (euco) by HU: vetoed by HU\n",
                "    euco            european-council     unanimity          2023-12-14  BLOCKED      HU        vetoed by HU\n",
                "    ep-consent      european-parliament  component-members  -           NOT-REACHED  -         it comes after euco,"
                        + " which did not pass\n")
                .contains("expect: all 1 package expectations met");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jsonFormat_hasTheDocumentedFields() throws Exception {
        CliRun run = CliRun.of("run", "--format", "json", FACILITY);
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("scenario").asText()).isEqualTo("European Council of December 2023 fails to agree the Ukraine Facility");
        assertThat(doc.get("date").asText()).isEqualTo("2023-12-14");
        JsonNode p = doc.get("packages").get(0);
        assertThat(p.get("id").asText()).isEqualTo("ukraine-facility");
        assertThat(p.get("forum").asText()).isEqualTo("european-council");
        assertThat(p.get("rule").asText()).isEqualTo("unanimity");
        assertThat(p.get("passed").asBoolean()).isFalse();
        assertThat(p.get("outcome").asText()).isEqualTo("blocked");
        assertThat(p.get("blockers").toString()).isEqualTo("[\"HU\"]");
        assertThat(p.get("reasons").toString()).isEqualTo("[\"vetoed by HU\"]");
        assertThat(p.get("amount").asText()).isEqualTo("50000000000");
        assertThat(p.get("rules").toString()).contains("Unanimity: a single vote against is a veto");
    }

    @Test
    void explain_listsVotesReasonsAndRulesInOrder() {
        CliRun run = CliRun.of("run", "--explain", FACILITY);
        assertThat(run.out()).contains("oppose:", "reason: vetoed by HU", "rules fired, in order:",
                "1. A declared position stands as the member's vote  x27");
    }

    @Test
    void sameScenarioTwice_givesByteIdenticalOutput() {
        assertThat(CliRun.of("run", "--format", "json", "--explain", "scenarios").out())
                .isEqualTo(CliRun.of("run", "--format", "json", "--explain", "scenarios").out());
    }

    @Test
    void whatIfRun_doesNotCheckTheFilesExpectations() throws Exception {
        CliRun run = CliRun.of("run", "--set", "ukraine-facility.positions.HU=support", FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("ADOPTED")
                .endsWith("\n  expect: not checked (this run changes the scenario with --set/--with/--as-of)\n")
                .doesNotContain("NOT MET");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("run", "--format", "json", "--as-of", "2024-01-01", FACILITY).out());
        assertThat(json.get("expect").toString()).isEqualTo("{\"checked\":false}");
        JsonNode plain = new ObjectMapper().readTree(CliRun.of("run", "--format", "json", FACILITY).out());
        assertThat(plain.get("expect").toString()).isEqualTo("{\"checked\":true,\"met\":true,\"mismatches\":[]}");
    }

    @Test
    void emptyFolder_isNamed() throws Exception {
        Path empty = Files.createTempDirectory("aidsim-empty");
        CliRun run = CliRun.of("run", empty.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("aidsim: no scenario files (.yaml, .yml, .json) in " + empty + "\n");
    }

    @Test
    void badScenario_printsProblemsOnlyAndExitsBadInput() {
        Path bad = TestRules.write("bad.yaml", "name: x\ndate: 2024-01-01\npackages:\n  - id: p\n    forum: nato\n    positions: { XX: oppose }\n");
        CliRun run = CliRun.of("run", FACILITY, bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(bad + ":6:18: packages[0].positions.XX: unknown country code 'XX'")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void unknownOption_isAUsageError() {
        CliRun run = CliRun.of("run", "--fromat", "json", FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unknown option: '--fromat'", "Try 'aidsim run --help' for usage.");
    }

    @Test
    void brokenRuleFile_isReportedAtFileLineAndColumn() throws Exception {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("consensus/broken.drl"),
                "package aidsim.consensus;\nimport org.aidsim.model.*;\nrule \"broken\"\nwhen\n  Vote( member == )\nthen\nend\n");
        CliRun run = CliRun.of("run", "--rules", rules.toString(), FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_RULES);
        assertThat(run.err()).startsWith(rules.resolve("consensus/broken.drl") + ":5:19: no viable alternative at input ')'")
                .doesNotContain("\tat ");
    }

    @Test
    void typoInARuleAction_isReportedWhereItIs_notAtTheRuleHeader() throws Exception {
        Path rules = copyOfRules();
        Path unanimity = rules.resolve("consensus/unanimity.drl");
        Files.writeString(unanimity, Files.readString(unanimity).replace(
                "\"vetoed by \" + CountryCode.join($t.against())", "\"vetoed by \" + CountryCode.join($t.againstt())"));
        CliRun run = CliRun.of("check", "--rules", rules.toString(), FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_RULES);
        int line = Files.readAllLines(unanimity).indexOf(
                "    insertLogical(new Blocking($id, $t.against(), \"vetoed by \" + CountryCode.join($t.againstt())));") + 1;
        assertThat(run.err()).isEqualTo(unanimity + ":" + line + ":86: no method againstt() on Tally"
                + " (in rule \"Unanimity: a single vote against is a veto\")\n");
    }

    @Test
    void ruleThatLoopsForever_isStoppedByTheFiringLimitAndNamed() throws Exception {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("consensus/loop.drl"), """
                package aidsim.consensus;
                dialect "mvel"
                import org.aidsim.model.*;
                declare Counter n : int end
                rule "Start counting"
                when
                    AidPackage()
                then
                    insert(new Counter(0));
                end
                rule "Count forever"
                when
                    $c : Counter()
                then
                    modify($c) { setN($c.getN() + 1) };
                end
                """);
        CliRun run = CliRun.of("run", "--rules", rules.toString(), "--max-firings", "500", FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RUN_FAILED);
        assertThat(run.err()).contains("times on 2023-12-14 without settling (limit --max-firings 500)",
                "most fired: \"Count forever\" (", "\"Count forever\" fired far more often than the input explains",
                "which is a loop");
    }

    @Test
    void missingRulesFolder_isReported() {
        CliRun run = CliRun.of("run", "--rules", "no-such-dir", FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_RULES);
        assertThat(run.err()).startsWith("no-such-dir: no such rules folder");
    }

    static Path copyOfRules() throws Exception {
        Path target = Files.createTempDirectory("aidsim-rules");
        try (var walk = Files.walk(Path.of("rules"))) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
