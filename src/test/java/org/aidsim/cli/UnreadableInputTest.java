package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.aidsim.TestRules;
import org.junit.jupiter.api.Test;

/** Paths a command cannot read: a plain message with the path and exit 3 (bad input), never a Java class name. */
class UnreadableInputTest {
    @Test
    void checkOfAMissingPath_saysNoSuchFileOrFolder() {
        CliRun run = CliRun.of("check", "/nonexistent");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("/nonexistent: no such file or folder\n");
    }

    @Test
    void namedPipeAsOverlay_isRefusedWithoutWaiting() throws Exception {
        Path fifo = TestRules.write("ok.yaml", "").getParent().resolve("fifo.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliRun.of("run", "scenarios/eu/ukraine-facility-2023-12.yaml", "--with", fifo.toString()));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo(fifo + ": not a regular file (a named pipe, device or socket); aidsim reads only regular files\n");
    }

    @Test
    void randomBytesNamedYaml_areNotUtf8Text() throws Exception {
        Path file = TestRules.write("random.yaml", "");
        java.nio.file.Files.write(file, new byte[] {(byte) 0xB1, 0x07, (byte) 0xFE});
        CliRun run = CliRun.of("check", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo(file + ":1:1: not UTF-8 text: byte 0xB1 at byte offset 0 is not valid UTF-8; "
                + "a scenario file is UTF-8 text\n");
    }
}
