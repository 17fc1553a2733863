package org.aidsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.aidsim.TestRules;
import org.aidsim.model.Scenario;
import org.aidsim.model.ScenarioResult;
import org.aidsim.model.Verdict;
import org.junit.jupiter.api.Test;

class CoalitionTimelineTest {
    private static final Path FILE = Path.of("scenarios/coalitions/it-coalition-timeline-2023-2024.yaml");

    private static ScenarioResult asOf(String date) {
        Scenario scenario = TestRules.scenario(FILE);
        return TestRules.simulator().run(scenario, LocalDate.parse(date));
    }

    @Test
    void dayBeforeTheNetherlandsJoins_packageFailsShortOfPledges() {
        ScenarioResult result = asOf("2024-01-22");
        assertThat(result.aidPackage("it-support").orElseThrow().verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.coalitions().get(0).members()).extracting(Object::toString).containsExactly("BE", "DK", "EE", "LT", "LU", "LV");
    }

    @Test
    void dayTheNetherlandsJoins_packageIsAdopted() {
        ScenarioResult result = asOf("2024-01-23");
        assertThat(result.aidPackage("it-support").orElseThrow().verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(result.coalitions().get(0).members()).extracting(Object::toString).containsExactly("BE", "DK", "EE", "LT", "LU", "LV", "NL");
    }
}
