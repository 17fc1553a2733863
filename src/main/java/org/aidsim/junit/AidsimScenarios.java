package org.aidsim.junit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aidsim.api.Aidsim;
import org.aidsim.engine.Simulator;
import org.aidsim.scenario.ScenarioFiles;
import org.aidsim.scenario.ScenarioLoader;
import org.aidsim.tester.ScenarioRunner;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a folder of scenario files as JUnit 5 dynamic tests, so another project's {@code mvn test} checks its own
 * scenarios' {@code expect} blocks as {@code aidsim test} does:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> scenarios() {
 *     return AidsimScenarios.in(Path.of("src/test/scenarios"));
 * }
 * }</pre>
 *
 * <p>One test per scenario file (.yaml, .yml, .json, found at any depth, in path order), named by its path relative
 * to the folder and linked to the file. A test fails with an {@link AssertionError} listing every mismatch (field
 * path, expected, actual), or every problem of a file that cannot be read (file, line:column, what is wrong), or
 * the message of a run that failed. A file without an expect block passes if it runs. The rules compile once, when
 * the stream is built; a rules folder that does not compile throws {@link org.aidsim.engine.RulesException} then.
 */
public final class AidsimScenarios {
    private AidsimScenarios() {
    }

    /** The scenario files below {@code folder}, run against the rules packaged in aidsim-core. */
    public static Stream<DynamicTest> in(Path folder) {
        return in(folder, Aidsim.withPackagedRules());
    }

    /** The scenario files below {@code folder}, run against the rules folder {@code rules} (your own copy, say). */
    public static Stream<DynamicTest> in(Path folder, Path rules) {
        return in(folder, Aidsim.withRules(rules));
    }

    /**
     * The scenario files below {@code folder}, run against an already compiled {@code aidsim} (to share one across
     * test classes). Throws IllegalArgumentException when {@code folder} is not a folder or holds no scenario file,
     * so a mistyped path cannot pass as an empty suite.
     */
    public static Stream<DynamicTest> in(Path folder, Aidsim aidsim) {
        Objects.requireNonNull(aidsim, "aidsim");
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + ": no such folder; expected a folder of scenario files (.yaml, .yml, .json)");
        }
        List<Path> files = ScenarioFiles.expand(List.of(folder));
        if (files.isEmpty()) {
            throw new IllegalArgumentException(folder + ": no scenario files (.yaml, .yml, .json) in this folder");
        }
        ScenarioRunner runner = new ScenarioRunner(new Simulator(aidsim.rules()),
                file -> ScenarioLoader.load(file, aidsim.rules().institutions(),
                        aidsim.rules()::ruleIdsAndNames));
        return files.stream().map(file -> DynamicTest.dynamicTest(name(folder, file), file.toUri(),
                () -> judge(runner, file)));
    }

    private static String lines(List<?> problems) {
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }

    private static String name(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static void judge(ScenarioRunner runner, Path file) {
        ScenarioRunner.Verdict verdict = runner.judge(file);
        String failure = null;
        if (verdict instanceof ScenarioRunner.Failed failed) {
            failure = file + ": " + failed.mismatches().size() + " expectation(s) not met:\n"
                    + failed.mismatches().stream().map(m -> "  " + m).collect(Collectors.joining("\n"));
        } else if (verdict instanceof ScenarioRunner.Invalid invalid) {
            failure = file + ": cannot be read:\n" + lines(invalid.problems());
        } else if (verdict instanceof ScenarioRunner.Unread unread) {
            failure = file + ": cannot be read:\n" + lines(unread.problems());
        } else if (verdict instanceof ScenarioRunner.Errored errored) {
            failure = file + ": the run failed: " + errored.message();
        }
        if (failure != null) {
            throw new AssertionError(failure);
        }
    }
}
