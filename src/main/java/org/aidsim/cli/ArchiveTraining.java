package org.aidsim.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The workload the launcher records its class-data archive (AppCDS) from: {@code check}, which compiles the DRL
 * the classic way (as the first run after a rules edit does), then {@code run --explain} and {@code pivots} of a
 * scenario, which load the compiled-rules cache and open sessions. An archive trained on {@code check} alone left
 * about 500 session classes to load from the jar on every run. Output is discarded; always exits 0.
 */
public final class ArchiveTraining {
    private static final String SCENARIO = "scenarios/eu/ukraine-facility-2023-12.yaml";

    private ArchiveTraining() {
    }

    /** Runs the workload in the working directory, a checkout: its rules/ and its shipped scenario. */
    public static void main(String[] args) {
        List<List<String>> commands = Files.isRegularFile(Path.of(SCENARIO))
                ? List.of(List.of("check", SCENARIO), List.of("run", "--explain", SCENARIO), List.of("run", "--format", "json", SCENARIO),
                        List.of("pivots", SCENARIO))
                : List.of(List.of("check"));
        for (List<String> command : commands) {
            Main.commandLine(OutputStream.nullOutputStream(), OutputStream.nullOutputStream())
                    .execute(command.toArray(String[]::new));
        }
    }
}
