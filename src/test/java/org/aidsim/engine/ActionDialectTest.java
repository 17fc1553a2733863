package org.aidsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aidsim.TestRules;
import org.aidsim.api.RuleFolders;
import org.aidsim.model.Scenario;
import org.aidsim.model.ScenarioResult;
import org.aidsim.report.Json;
import org.aidsim.report.JsonReporter;
import org.aidsim.tester.ExpectationChecker;
import org.aidsim.report.Reporter;
import org.aidsim.scenario.ScenarioFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The shipped rules mean the same whichever dialect compiles their actions: MVEL for runs, Java for sweeps. */
class ActionDialectTest {
    private static Simulator java;

    private static synchronized Simulator javaSimulator() {
        if (java == null) {
            java = new Simulator(RuleFolders.load(Path.of("rules"), ActionDialect.JAVA));
        }
        return java;
    }

    @TestFactory
    Stream<DynamicTest> everyShippedScenario_sameResultWithJavaActions() {
        return ScenarioFiles.expand(List.of(Path.of("scenarios"))).stream().map(file ->
                DynamicTest.dynamicTest(file.toString(), () -> {
                    Scenario scenario = TestRules.scenario(file);
                    assertThat(json(javaSimulator().run(scenario))).isEqualTo(json(TestRules.simulator().run(scenario)));
                }));
    }

    private static String json(ScenarioResult result) {
        return Json.pretty(JsonReporter.document(new Reporter.Run(result, ExpectationChecker.check(result)), true));
    }
}
