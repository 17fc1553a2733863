package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Standard input as a scenario, -o FILE and -q: aidsim in a pipe. */
class PipesTest {
    private static final String FACILITY = "scenarios/eu/ukraine-facility-2023-12.yaml";

    /** Runs the CLI with {@code input} on standard input. */
    static CliRun withInput(String input, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.of(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void yamlOnStandardInput_runsAsTheFileDoes() throws Exception {
        CliRun piped = withInput(Files.readString(Path.of(FACILITY)), "run", "-");
        assertThat(piped.exitCode()).as(piped.err()).isEqualTo(ExitCodes.OK);
        assertThat(piped.out()).isEqualTo(CliRun.of("run", FACILITY).out().replace(FACILITY, "<stdin>"));
    }

    @Test
    void jsonOnStandardInput_isReadAsJson() throws Exception {
        Object tree = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(Path.of(FACILITY).toFile());
        String json = new ObjectMapper().writeValueAsString(tree);
        CliRun piped = withInput(json, "run", "--format", "json", "-");
        assertThat(piped.exitCode()).as(piped.err()).isEqualTo(ExitCodes.OK);
        assertThat(new ObjectMapper().readTree(piped.out()).get("file").asText()).isEqualTo("<stdin>");
        assertThat(piped.out()).isEqualTo(CliRun.of("run", "--format", "json", FACILITY).out().replace(FACILITY, "<stdin>"));
    }

    @Test
    void badJsonOnStandardInput_isNamedStdinWithLineAndColumn() {
        CliRun piped = withInput("{\n  \"name\": \"x\",\n  \"date\": 2024-01-01\n}\n", "run", "-");
        assertThat(piped.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(piped.err()).startsWith("<stdin>:3:").doesNotContain("Exception");
        assertThat(piped.out()).isEmpty();
    }

    @Test
    void emptyStandardInput_isRefusedAsEmpty() {
        CliRun piped = withInput("", "check", "-");
        assertThat(piped.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(piped.err()).contains("<stdin>: the file is empty; expected a document");
    }

    @Test
    void standardInputNamedTwice_isAUsageError() {
        CliRun piped = withInput("name: x\n", "run", "-", "-");
        assertThat(piped.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(piped.err()).contains("- (standard input) can be read only once");
    }

    @Test
    void standardInputToTest_judgesItsExpectBlock() throws Exception {
        CliRun piped = withInput(Files.readString(Path.of(FACILITY)), "test", "-");
        assertThat(piped.exitCode()).as(piped.out() + piped.err()).isEqualTo(ExitCodes.OK);
        assertThat(piped.out()).endsWith("1 passed, 0 failed\n");
    }

    @Test
    void outputFile_getsTheReportAndStandardOutputNothing(@TempDir Path dir) throws Exception {
        Path report = Files.createDirectories(dir.resolve("out")).resolve("report.json");
        CliRun run = CliRun.of("run", "--format", "json", "-o", report.toString(), FACILITY);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(report)).isEqualTo(CliRun.of("run", "--format", "json", FACILITY).out());
        assertThat(Files.list(report.getParent())).containsExactly(report);
    }

    @Test
    void outputOverTheScenario_isRefusedAndTheFileKept(@TempDir Path dir) throws Exception {
        Path scenario = Files.copy(Path.of(FACILITY), dir.resolve("s.yaml"));
        String before = Files.readString(scenario);
        CliRun run = CliRun.of("run", "-o", scenario.toString(), dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("aidsim: -o " + scenario + ": is an input of this command");
        assertThat(Files.readString(scenario)).isEqualTo(before);
    }

    @Test
    void outputOverAnOverlayOrAnyNamedYaml_isRefused(@TempDir Path dir) throws Exception {
        Path overlay = dir.resolve("overlay.yaml");
        Files.writeString(overlay, "packages: []\n");
        CliRun run = CliRun.of("diff", FACILITY, "--with", overlay.toString(), "-o", overlay.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("is an input of this command");
        assertThat(Files.readString(overlay)).isEqualTo("packages: []\n");
        CliRun typo = CliRun.of("pivots", FACILITY, "-o", dir.resolve("new.yaml").toString(), "--with", dir.resolve("new.yaml").toString());
        assertThat(typo.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void outputInsideTheRulesFolder_isRefused(@TempDir Path dir) {
        CliRun run = CliRun.of("run", "-o", "rules/report.txt", FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("is inside the rules folder rules");
        assertThat(Path.of("rules/report.txt")).doesNotExist();
        assertThat(CliRun.of("run", "-o", "rules/../rules/eu/x.drl", FACILITY).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void quietRun_printsNothingAndExitsZero() {
        CliRun run = CliRun.of("run", "-q", FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void quietCheckOfBadInput_printsOnlyTheProblems() {
        CliRun bad = withInput("name: x\nfoo: 1\n", "check", "-q", "-");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).contains("<stdin>:");
        assertThat(CliRun.of("check", "-q", FACILITY).out()).isEmpty();
    }

    @Test
    void quietTestWithAFailure_printsOnlyTheFailure(@TempDir Path dir) throws Exception {
        Path wrong = JsonLinesTest.facilityWith(dir.resolve("wrong.yaml"), "passed: false", "passed: true");
        CliRun run = CliRun.of("test", "-q", wrong.toString(), FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
        assertThat(run.out()).startsWith("FAIL " + wrong + ": ").doesNotContain("passed,", FACILITY);
        assertThat(CliRun.of("test", "-q", FACILITY).out()).isEmpty();
    }
}
