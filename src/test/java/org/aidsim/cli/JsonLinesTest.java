package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --format jsonl for the commands that read several files, and --format json for test and check. */
class JsonLinesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FACILITY = "scenarios/eu/ukraine-facility-2023-12.yaml";

    /** A copy of the Ukraine Facility scenario at {@code copy} with one text replaced: an unmet expectation, a typo. */
    static Path facilityWith(Path copy, String text, String replacement) throws Exception {
        return Files.writeString(copy, Files.readString(Path.of(FACILITY)).replace(text, replacement));
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n", -1)) {
            if (!line.isEmpty()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void runJsonlOverAFolder_givesOneCompactObjectPerLinePerFile() throws Exception {
        CliRun run = CliRun.of("run", "--format", "jsonl", "scenarios/eu");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).endsWith("\n");
        String[] rows = run.out().split("\n");
        long files;
        try (var walk = Files.walk(Path.of("scenarios/eu"))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).count();
        }
        assertThat(rows).hasSize((int) files);
        assertThat(lines(run.out())).allSatisfy(n -> assertThat(n.has("packages")).isTrue());
        // Each line is the same object json prints, compacted.
        assertThat(JSON.readTree(rows[0])).isEqualTo(JSON.readTree(CliRun.of("run", "--format", "json", JSON.readTree(rows[0]).get("file").asText()).out()));
    }

    @Test
    void testFormatJson_isOneDocumentWithResultsAndCounts(@TempDir Path dir) throws Exception {
        Path wrong = facilityWith(dir.resolve("wrong.yaml"), "passed: false", "passed: true");
        CliRun run = CliRun.of("test", "--format", "json", FACILITY, wrong.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.get("counts").toString()).isEqualTo("{\"passed\":1,\"failed\":1,\"errors\":0,\"skipped\":0}");
        JsonNode failed = doc.get("scenarios").get(1);
        assertThat(failed.get("file").asText()).isEqualTo(wrong.toString());
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("mismatches").get(0).get("field").asText()).isEqualTo("ukraine-facility.passed");
        assertThat(failed.get("mismatches").get(0).get("expected").asText()).isEqualTo("true");
        assertThat(doc.get("scenarios").get(0).get("status").asText()).isEqualTo("passed");
        assertThat(doc.has("coverage")).isFalse();
    }

    @Test
    void testFormatJsonWithCoverage_listsRulesNeverFired() throws Exception {
        JsonNode doc = JSON.readTree(CliRun.of("test", "--format", "json", "--coverage", FACILITY).out());
        assertThat(doc.get("coverage").get("fired").asInt()).isPositive().isLessThan(doc.get("coverage").get("rules").asInt());
        assertThat(doc.get("coverage").get("neverFired").size()).isPositive();
    }

    @Test
    void testFormatJsonl_givesOneLinePerScenarioFile() throws Exception {
        CliRun run = CliRun.of("test", "--format", "jsonl", "scenarios/eu");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(lines(run.out())).isNotEmpty().allSatisfy(n -> assertThat(n.get("status").asText()).isEqualTo("passed"));
    }

    @Test
    void checkFormatJson_listsEachFileWithItsProblemsAndExits3(@TempDir Path dir) throws Exception {
        Path bad = facilityWith(dir.resolve("bad.yaml"), "date:", "dat:");
        CliRun run = CliRun.of("check", "--format", "json", FACILITY, bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.get("ruleCount").asInt()).isPositive();
        assertThat(doc.get("counts").toString()).isEqualTo("{\"valid\":1,\"invalid\":1}");
        JsonNode problem = doc.get("files").get(1).get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo(bad.toString());
        assertThat(problem.get("line").asInt()).isPositive();
        assertThat(run.err()).contains(bad.toString());
    }

    @Test
    void checkFormatJsonl_givesOneLinePerFile() throws Exception {
        List<JsonNode> rows = lines(CliRun.of("check", "--format", "jsonl", FACILITY, "scenarios/nato").out());
        assertThat(rows.size()).isGreaterThan(1);
        assertThat(rows).allSatisfy(n -> assertThat(n.get("valid").asBoolean()).isTrue());
    }

    @Test
    void diffFormatJsonl_isRefusedNamingWhatDiffTakes() {
        CliRun run = CliRun.of("diff", FACILITY, "--set", "ukraine-facility.positions.HU=abstain", "--format", "jsonl");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("aidsim: diff --format jsonl: expected text or json\n");
    }
}
