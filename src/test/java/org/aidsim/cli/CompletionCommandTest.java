package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {
    private static final String FACILITY = "scenarios/eu/ukraine-facility-2023-12.yaml";

    @Test
    void completionBash_namesEverySubcommandAndEachCommandsFormats() {
        CliRun run = CliRun.of("completion", "bash");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("complete -F _complete_aidsim")
                .contains("run", "check", "test", "diff", "pivots", "sweep", "bench", "completion")
                .contains("local FORMAT_option_args=(\"text\" \"json\" \"csv\") # --format values")
                .contains("local FORMAT_option_args=(\"text\" \"json\") # --format values");
    }

    @Test
    void completionZsh_isTheScriptThatLoadsBashcompinit() {
        CliRun run = CliRun.of("completion", "zsh");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo(CliRun.of("completion", "bash").out()).contains("bashcompinit");
    }

    @Test
    void completionScript_isAcceptedByBashN(@TempDir Path dir) throws Exception {
        assumeTrue(bashAvailable(), "bash is not installed");
        Path script = dir.resolve("aidsim.bash");
        Files.writeString(script, CliRun.of("completion", "bash").out(), StandardCharsets.UTF_8);
        Process bash = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        String said = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor()).as(said).isZero();
    }

    @Test
    void completionForFish_isRefusedWithTheShellsItKnows() {
        CliRun run = CliRun.of("completion", "fish");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("bash", "zsh").doesNotContain("Exception");
    }

    @Test
    void sweepFormatJsonl_isRefusedNamingWhatSweepTakes() {
        CliRun run = CliRun.of("sweep", FACILITY, "--vary", "HU", "--format", "jsonl");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("aidsim: sweep --format jsonl: expected text, json or csv\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownFormat_isRefusedWithTheCommandsFormats() {
        CliRun run = CliRun.of("pivots", "--format", "xml", FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("aidsim: --format: 'xml' is not an output format; expected text, json\n");
    }

    @Test
    void formatInCapitals_isAccepted() {
        assertThat(CliRun.of("run", "--format", "JSON", FACILITY).out()).startsWith("{");
    }

    private static boolean bashAvailable() {
        try {
            return new ProcessBuilder("bash", "-c", "true").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
