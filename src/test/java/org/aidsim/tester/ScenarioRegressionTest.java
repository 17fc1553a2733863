package org.aidsim.tester;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aidsim.TestRules;
import org.aidsim.engine.RuleSet;
import org.aidsim.scenario.ScenarioFiles;
import org.aidsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every shipped scenario's expect block, one dynamic test per scenario named by its name. */
class ScenarioRegressionTest {
    private static final Path SCENARIOS = Path.of("scenarios");

    @TestFactory
    Stream<DynamicTest> everyShippedScenario_meetsItsExpectations() {
        RuleSet rules = TestRules.rules();
        ScenarioRunner runner = new ScenarioRunner(TestRules.simulator(),
                file -> ScenarioLoader.load(file, rules.institutions(), rules::ruleIdsAndNames));
        return ScenarioFiles.expand(List.of(SCENARIOS)).stream().map(file -> {
            ScenarioRunner.Verdict verdict = runner.judge(file);
            return DynamicTest.dynamicTest(verdict.name() + " [" + file + "]", () -> {
                if (verdict instanceof ScenarioRunner.Failed failed) {
                    throw new AssertionError(file + ": " + failed.name() + "\n  "
                            + String.join("\n  ", failed.mismatches().stream().map(Object::toString).toList()));
                }
                if (verdict instanceof ScenarioRunner.Errored errored) {
                    throw new AssertionError(errored.message());
                }
                if (verdict instanceof ScenarioRunner.Invalid invalid) {
                    throw new AssertionError(String.join("\n", invalid.problems().stream().map(Object::toString).toList()));
                }
                assertThat(((ScenarioRunner.Passed) verdict).scenario().hasExpectations())
                        .as("%s states what it expects", file).isTrue();
            });
        });
    }

    @Test
    void shippedScenarios_areAtLeastTen() {
        assertThat(ScenarioFiles.expand(List.of(SCENARIOS))).hasSizeGreaterThanOrEqualTo(10);
    }
}
