package org.aidsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aidsim.TestRules;
import org.aidsim.model.PackageResult;
import org.aidsim.model.Scenario;
import org.aidsim.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;

/** pivots/sweep --as-of decide on ScenarioOn: on every date of every shipped timeline they must agree with run --as-of. */
class ScenarioOnTest {
    @Test
    void everyShippedTimelineOnEveryDate_decidesAsRunAsOfDoes() {
        List<String> compared = new ArrayList<>();
        for (Path file : ScenarioFiles.expand(List.of(Path.of("scenarios")))) {
            Scenario scenario = TestRules.scenario(file);
            for (LocalDate date : Timeline.dates(scenario)) {
                for (LocalDate asOf : List.of(date, date.plusDays(1))) {
                    List<String> run = new ArrayList<>();
                    for (PackageResult p : TestRules.simulator().run(scenario, asOf).packages()) {
                        run.add(p.aidPackage().id() + " " + p.verdict() + " " + p.blockers());
                    }
                    List<String> evaluated = new ArrayList<>();
                    try (IncrementalEvaluator e = new IncrementalEvaluator(TestRules.rules(), ScenarioOn.on(scenario, asOf), FiringBudget.fixed(100_000))) {
                        for (int i = 0; i < e.packageIds().size(); i++) {
                            evaluated.add(e.packageIds().get(i) + " " + e.verdict(i) + " " + e.blockers(i));
                        }
                    }
                    assertThat(evaluated).as(file + " as of " + asOf).isEqualTo(run);
                    compared.add(file + " " + asOf);
                }
            }
        }
        assertThat(compared.size()).isGreaterThan(50);
    }
}
