package org.aidsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one-way flow of docs/ARCHITECTURE.md, read from the source: files -> scenario -> model -> engine -> report ->
 * cli. model is the vocabulary everyone shares and imports nothing of ours; scenario turns files into model; the
 * engine sees model only; report renders engine and model results; cli ties them together. Every mention of an
 * org.aidsim package counts, in an import or written out in full.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/aidsim");
    private static final Pattern MENTION = Pattern.compile("\\borg\\.aidsim\\.([a-z]+)\\.");

    /** What each package may use besides itself; a package not listed here (cli, new ones) is unconstrained. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "model", Set.of(),
            "scenario", Set.of("model"),
            "engine", Set.of("model"),
            "report", Set.of("model", "engine", "scenario"),
            "tester", Set.of("model", "engine", "report", "scenario"),
            "bench", Set.of("model", "engine", "scenario"),
            "api", Set.of("model", "scenario", "engine", "tester", "report"),
            "junit", Set.of("model", "scenario", "engine", "tester", "report", "api"));

    @Test
    void eachPackage_usesOnlyThePackagesBeforeItInTheFlow() {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String own = MAIN.relativize(file).getName(0).toString();
            Set<String> allowed = ALLOWED.get(own);
            if (allowed == null) {
                continue;
            }
            Matcher m = MENTION.matcher(read(file));
            while (m.find()) {
                String used = m.group(1);
                if (!used.equals(own) && !allowed.contains(used)) {
                    violations.add(MAIN.relativize(file) + " uses org.aidsim." + used);
                }
            }
        }
        assertThat(violations).as("imports against the flow files -> scenario -> model -> engine -> report -> cli")
                .isEmpty();
    }

    @Test
    void theScan_seesEveryPackageItConstrains() {
        List<String> packages = javaFiles().stream().map(f -> MAIN.relativize(f).getName(0).toString()).distinct()
                .toList();
        assertThat(packages).containsAll(ALLOWED.keySet()).contains("cli");
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
