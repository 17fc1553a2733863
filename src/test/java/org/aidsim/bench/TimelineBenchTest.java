package org.aidsim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aidsim.TestRules;
import org.aidsim.model.ScenarioResult;
import org.aidsim.model.TimelineStep;
import org.aidsim.model.TrancheStatus;
import org.junit.jupiter.api.Test;

class TimelineBenchTest {
    @Test
    void benchTimelines_visitOneDatePerMonth_andPayTheSameTranches() {
        for (int months : TimelineBench.MONTHS) {
            ScenarioResult result = TestRules.run(TimelineBench.scenario(months));
            List<TimelineStep> steps = result.disbursement().steps();
            assertThat(steps).as("%d months", months).hasSize(months);
            assertThat(result.scenario().disbursement().tranches()).as("%d months", months).hasSize(30);
            assertThat(steps.get(steps.size() - 1).tranches()).as("%d months", months)
                    .allMatch(t -> t.status() == TrancheStatus.RELEASED);
        }
    }
}
