package org.aidsim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.aidsim.api.RuleFolders;
import org.aidsim.engine.RuleSet;
import org.aidsim.engine.Simulator;
import org.aidsim.model.PackageResult;
import org.aidsim.model.Scenario;
import org.aidsim.model.ScenarioResult;
import org.aidsim.scenario.ScenarioLoader;

/** The project's rules folder, compiled once per test JVM, and helpers to run scenarios written inline. */
public final class TestRules {
    private static RuleSet shared;

    private TestRules() {
    }

    public static synchronized RuleSet rules() {
        if (shared == null) {
            shared = RuleFolders.load(Path.of("rules"));
        }
        return shared;
    }

    public static Simulator simulator() {
        return new Simulator(rules());
    }

    /** Writes the YAML to a temporary file, as a user would, and loads it. */
    public static Scenario scenario(String yaml) {
        return scenario(write("scenario.yaml", yaml));
    }

    public static Scenario scenario(Path file) {
        return ScenarioLoader.load(file, rules().institutions());
    }

    public static ScenarioResult run(String yaml) {
        return simulator().run(scenario(yaml));
    }

    /** Runs a one-package scenario and returns that package's result. */
    public static PackageResult runPackage(String yaml) {
        return run(yaml).packages().get(0);
    }

    public static Path write(String name, String text) {
        try {
            Path dir = Files.createTempDirectory("aidsim-test");
            Path file = dir.resolve(name);
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the project's rules folder at target (created), for tests that edit rules: {@code cp -r rules target}. */
    public static Path copyRules(Path target) {
        Path source = Path.of("rules");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-package scenario on a date, with the given forum, rule line and positions block. */
    public static String onePackage(String date, String forum, String extra, String positions) {
        return """
                name: test
                date: %s
                packages:
                  - id: p
                    forum: %s
                %s
                    positions:
                %s
                """.formatted(date, forum, indent(extra, 4), indent(positions, 6));
    }

    private static String indent(String block, int spaces) {
        if (block.isBlank()) {
            return "";
        }
        return block.lines().map(l -> " ".repeat(spaces) + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
