package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** aidsim batch: scenarios in as JSON Lines, one result out per line, bad lines answered in place. */
class BatchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FACILITY = "src/test/resources/fixtures/ukraine-facility-one-vote-2023-12.yaml";
    private static final String WINDFALL = "scenarios/disbursement/windfall-proceeds-2024-2025.yaml";

    @Test
    void fileAndDocumentLines_answerWhatRunJsonlPrints() throws IOException {
        String input = "{\"file\": \"" + FACILITY + "\"}\n" + asJsonLine(FACILITY) + "\n\n{\"file\": \"" + WINDFALL + "\"}\n";

        CliRun batch = PipesTest.withInput(input, "batch");

        assertThat(batch.exitCode()).as(batch.err()).isEqualTo(ExitCodes.OK);
        List<String> lines = batch.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0) + "\n").isEqualTo(CliRun.of("run", "--format", "jsonl", FACILITY).out());
        assertThat(lines.get(1) + "\n").isEqualTo(CliRun.of("run", "--format", "jsonl", FACILITY).out()
                .replace("\"file\":\"" + FACILITY + "\"", "\"file\":\"<stdin>\""));
        assertThat(lines.get(2) + "\n").isEqualTo(CliRun.of("run", "--format", "jsonl", WINDFALL).out());
    }

    @Test
    void badLine_answeredWithItsPlace_andTheStreamGoesOn() throws IOException {
        ObjectNode wrong = (ObjectNode) JSON.readTree(asJsonLine(FACILITY));
        ((ObjectNode) wrong.path("packages").path(0)).put("rule", "veto");
        String input = "{\"file\": \"" + FACILITY + "\"}\n" + "{\"name\": \n" + JSON.writeValueAsString(wrong) + "\n"
                + "{\"file\": \"no/such.yaml\"}\n" + "{\"file\": \"" + FACILITY + "\"}\n";

        CliRun batch = PipesTest.withInput(input, "batch");

        assertThat(batch.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        List<JsonNode> lines = batch.out().lines().map(BatchCommandTest::tree).toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0).path("scenario").asText()).startsWith("European Council of December 2023");
        JsonNode malformed = lines.get(1);
        assertThat(malformed.path("line").asInt()).isEqualTo(2);
        assertThat(malformed.path("status").asText()).isEqualTo("invalid");
        assertThat(malformed.path("problems").path(0).path("message").asText()).startsWith("malformed JSON: ");
        JsonNode badRule = lines.get(2).path("problems").path(0);
        assertThat(badRule.path("file").asText()).isEqualTo("<stdin>");
        assertThat(badRule.path("line").asInt()).isEqualTo(3);
        assertThat(badRule.path("column").asInt()).isPositive();
        assertThat(badRule.path("field").asText()).isEqualTo("packages[0].rule");
        assertThat(badRule.path("message").asText()).startsWith("unknown value 'veto'; expected one of: unanimity");
        assertThat(lines.get(3).path("file").asText()).isEqualTo("no/such.yaml");
        assertThat(lines.get(3).path("problems").path(0).path("file").asText()).isEqualTo("no/such.yaml");
        assertThat(lines.get(4).path("scenario").asText()).startsWith("European Council of December 2023");
        assertThat(batch.err()).isEmpty();
    }

    @Test
    void asOfBeforeTheScenario_answeredAsInvalid_otherLinesRun() throws IOException {
        CliRun batch = PipesTest.withInput("{\"file\": \"" + WINDFALL + "\"}\n", "batch", "--as-of", "2020-01-01");

        assertThat(batch.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode answer = tree(batch.out().strip());
        assertThat(answer.path("status").asText()).isEqualTo("invalid");
        assertThat(answer.path("error").asText()).contains("--as-of 2020-01-01 is before the date of " + WINDFALL);
    }

    @Test
    void lineNotUtf8_answeredAsInvalid_nextLineRuns() {
        byte[] latin1 = "{\"name\": \"Caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] next = ("{\"file\": \"" + FACILITY + "\"}\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes(latin1);
        input.writeBytes(next);
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.toByteArray()));
        CliRun batch;
        try {
            batch = CliRun.of("batch");
        } finally {
            System.setIn(saved);
        }

        assertThat(batch.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        List<JsonNode> lines = batch.out().lines().map(BatchCommandTest::tree).toList();
        assertThat(lines.get(0).path("problems").path(0).path("message").asText()).isEqualTo("the line is not UTF-8 text; write it as UTF-8");
        assertThat(lines.get(0).path("problems").path(0).path("line").asInt()).isEqualTo(1);
        assertThat(lines.get(1).path("scenario").asText()).startsWith("European Council of December 2023");
    }

    /** The scenario file as one compact line of JSON, as a notebook would send it. */
    private static String asJsonLine(String file) throws IOException {
        return JSON.writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(Path.of(file).toFile()));
    }

    private static JsonNode tree(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }
}
