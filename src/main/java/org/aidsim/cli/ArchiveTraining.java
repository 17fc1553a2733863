package org.aidsim.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.aidsim.engine.RuleFolder;

/**
 * The workload the launcher records its class-data archives (AppCDS) from: {@code run --explain},
 * {@code run --format json} and {@code pivots} of a scenario, which open sessions on the shipped rules' executable
 * model; then it loads {@link ShippedRulesDone}, whose line in the class list ends what the launcher's lean archive
 * holds; then {@code check}, which compiles the DRL the classic way (as the first run after a rules edit does), and
 * {@code run --format json} twice with that model and the reference data's snapshot off and the compiled-rules cache
 * pointed at an empty temporary folder, so that the first compiles and writes an entry and the second reads it, and
 * both read parameters.yaml and reference/ (as runs on edited rules do): every
 * path is trained whatever the real cache holds. An archive trained on {@code check} alone left about 500 session
 * classes to load from the jar on every run. Output is discarded; always exits 0.
 */
public final class ArchiveTraining {
    private static final String CACHE_DIR = "aidsim.rules.cache.dir";
    private static final String MODEL = "aidsim.rules.model";
    private static final String SNAPSHOT = "aidsim.reference.snapshot";
    private static final String SCENARIO = "scenarios/eu/ukraine-facility-2023-12.yaml";

    private ArchiveTraining() {
    }

    /** Runs the workload in the working directory, a checkout: its rules/ and its shipped scenario. */
    public static void main(String[] args) {
        boolean scenario = Files.isRegularFile(Path.of(SCENARIO));
        List<List<String>> shipped = scenario
                ? List.of(List.of("run", "--explain", SCENARIO), List.of("run", "--format", "json", SCENARIO), List.of("pivots", SCENARIO))
                : List.of();
        List<String> check = scenario ? List.of("check", SCENARIO) : List.of("check");
        List<List<String>> editedRules = scenario
                ? List.of(List.of("run", "--format", "json", SCENARIO), List.of("run", "--format", "json", SCENARIO))
                : List.of();
        String cacheDir = System.getProperty(CACHE_DIR);
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("aidsim-training-");
            System.setProperty(CACHE_DIR, scratch.toString());
            // Also when the launcher's build is interrupted (Ctrl-C), which skips the finally below.
            Path made = scratch;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(made)));
        } catch (IOException | RuntimeException e) {
            // Trains on the real cache instead.
        }
        try {
            shipped.forEach(ArchiveTraining::execute);
            ShippedRulesDone.mark();
            execute(check);
            System.setProperty(MODEL, "off");
            System.setProperty(SNAPSHOT, "off");
            editedRules.forEach(ArchiveTraining::execute);
        } finally {
            System.clearProperty(MODEL);
            System.clearProperty(SNAPSHOT);
            if (cacheDir == null) {
                System.clearProperty(CACHE_DIR);
            } else {
                System.setProperty(CACHE_DIR, cacheDir);
            }
            deleteQuietly(scratch);
        }
    }

    /**
     * Loaded once the shipped rules' commands are trained: the launcher's lean archive holds the classes listed before
     * this one's name (the launcher finds it by name: org/aidsim/cli/ArchiveTraining$ShippedRulesDone).
     */
    static final class ShippedRulesDone {
        private ShippedRulesDone() {
        }

        static void mark() {
            // Loading and initialising the class is the mark; there is nothing to do.
        }
    }

    /** As Main runs a command, so the prefetch threads' classes are in the archive too. */
    private static void execute(List<String> command) {
        Prefetch.rulesFor(command.toArray(String[]::new));
        Main.commandLine(OutputStream.nullOutputStream(), OutputStream.nullOutputStream()).execute(command.toArray(String[]::new));
        RuleFolder.writeCaches();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // A temporary folder left behind.
        }
    }
}
