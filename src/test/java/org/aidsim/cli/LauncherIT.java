package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aidsim.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./aidsim} as a user runs it, after {@code mvn package} built the jar (Maven's failsafe runs this
 * in {@code verify}): its static class-data archive is built, used, and never turns a command into a JVM crash.
 */
class LauncherIT {
    private static final Path CHECKOUT = Path.of("").toAbsolutePath();
    private static final Path FACILITY = CHECKOUT.resolve("scenarios/eu/ukraine-facility-2023-12.yaml");

    private record Result(int exit, String out, String err) {
    }

    private static Result launch(Path workingDir, Map<String, String> env, String... args) throws Exception {
        List<String> command = Stream.concat(Stream.of(CHECKOUT.resolve("aidsim").toString()), Stream.of(args)).toList();
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().putAll(env);
        Path out = workingDir.resolve("launcher.out");
        Path err = workingDir.resolve("launcher.err");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        int exit = p.waitFor();
        return new Result(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> crashFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("hs_err")).toList();
        }
    }

    @Test
    void flightRecorderWithTheArchive_runsWithoutACrash(@TempDir Path dir) throws Exception {
        // JDK 17 crashed in 2 of 3 such runs when the archive held method-handle species (round 7 of
        // docs/notes/issue-13-cold-start.md): three runs, each must print its result.
        Map<String, String> env = Map.of("JAVA_TOOL_OPTIONS",
                "-XX:StartFlightRecording=filename=" + dir.resolve("run.jfr") + " -Xlog:jfr=off");
        for (int i = 0; i < 3; i++) {
            Result run = launch(dir, env, "run", FACILITY.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains("ukraine-facility");
        }
        assertThat(crashFiles(dir)).isEmpty();
    }

    @Test
    void runAfterTheArchiveIsBuilt_loadsAidsimsAndPicoclisClassesFromIt(@TempDir Path dir) throws Exception {
        launch(dir, Map.of(), "--version");  // builds the archive if this jar has none yet
        Path log = dir.resolve("classes.log");
        Result run = launch(dir, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log), "run", FACILITY.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> loaded = Files.readAllLines(log);
        assertThat(loaded).filteredOn(l -> l.contains(" org.aidsim.cli.Main ") || l.contains(" org.aidsim.shaded.picocli.CommandLine "))
                .hasSize(2).allMatch(l -> l.endsWith("source: shared objects file"));
        assertThat(loaded).filteredOn(l -> l.endsWith("source: shared objects file")).hasSizeGreaterThan(3_000);
        // Java 5 class files that archiving a lambda of OptionConverters, which links their interface, would leave out.
        assertThat(loaded).as("picocli's type converters").filteredOn(l -> l.contains(" org.aidsim.shaded.picocli.CommandLine$BuiltIn$"))
                .hasSizeGreaterThan(20).allMatch(l -> l.endsWith("source: shared objects file"));
    }

    /**
     * The archive a command maps, from the JVM's own log (the launcher turns the log's console output off); "refused"
     * when the JVM opened one and would not use it.
     */
    private static String archiveMapped(Path dir, String... args) throws Exception {
        Path log = dir.resolve("cds.log");
        Files.deleteIfExists(log);
        Result run = launch(dir, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:cds=info:file=" + log), args);
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(log);
        if (lines.stream().anyMatch(l -> l.contains("Unable to map"))) {
            return "refused: " + lines;
        }
        return lines.stream().filter(l -> l.contains("Opened archive")).findFirst().orElse("none");
    }

    @Test
    void shippedRules_mapTheLeanArchiveAndCheckOrOtherRulesTheFullOne(@TempDir Path dir) throws Exception {
        launch(dir, Map.of(), "--version");  // builds the archives if this jar has none yet
        Path copy = TestRules.copyRules(dir.resolve("rules-copy"));

        assertThat(archiveMapped(dir, "run", FACILITY.toString())).as("the jar's own rules").contains("aidsim-model.jsa");
        assertThat(archiveMapped(dir, "pivots", FACILITY.toString())).contains("aidsim-model.jsa");
        assertThat(archiveMapped(dir, "check", "--rules", copy.toString(), FACILITY.toString())).contains("aidsim-static.jsa");
        assertThat(archiveMapped(dir, "run", "--rules", copy.toString(), FACILITY.toString())).contains("aidsim-static.jsa");
    }

    @Test
    void jarWithAnOlderTime_rebuildsTheArchivesRatherThanRunningWithoutThem(@TempDir Path dir) throws Exception {
        launch(dir, Map.of(), "--version");
        Path jar = CHECKOUT.resolve("target/aidsim.jar");
        // As a jar copied back from a backup would be: a second older than the one the archives were made for (still
        // newer than the sources, so the launcher does not rebuild the jar itself).
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 1_000));

        Result rebuilt = launch(dir, Map.of(), "--version");

        assertThat(rebuilt.exit()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.err()).contains("preparing a faster start");
        assertThat(archiveMapped(dir, "run", FACILITY.toString())).contains("aidsim-model.jsa");
    }

    @Test
    void archiveBuildThatFails_isRecordedAndNotRetriedForTheSameJdk(@TempDir Path dir) throws Exception {
        // A java on PATH whose dump fails, and which counts the dumps it is asked for.
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path dumps = dir.resolve("dumps");
        Path fake = bin.resolve("java");
        String real = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(fake, "#!/bin/bash\nfor a in \"$@\"; do [ \"$a\" = -Xshare:dump ] && { echo x >> '" + dumps
                + "'; exit 1; }; done\nexec '" + real + "' \"$@\"\n");
        fake.toFile().setExecutable(true);
        Path archive = CHECKOUT.resolve("target/aidsim-static.jsa");
        Files.deleteIfExists(archive);
        Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"));
        for (int i = 0; i < 2; i++) {
            Result run = launch(dir, env, "--version");
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("aidsim ");
        }
        assertThat(Files.readAllLines(dumps)).as("dumps tried").hasSize(1);
        assertThat(archive).doesNotExist();
        assertThat(CHECKOUT.resolve("target/aidsim-static.jsa.failed")).exists();
        // The real JDK is another JDK: it builds the archive, and the record of the failure goes.
        assertThat(launch(dir, Map.of(), "--version").exit()).isZero();
        assertThat(archive).exists();
        assertThat(CHECKOUT.resolve("target/aidsim-static.jsa.failed")).doesNotExist();
    }
}
