package org.aidsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aidsim.TestRules;
import org.aidsim.model.PackageResult;
import org.aidsim.model.Scenario;
import org.aidsim.model.ScenarioResult;
import org.aidsim.model.Verdict;
import org.junit.jupiter.api.Test;

/** The firing limit scales with the input, and its message tells a loop from a large input (issue 8). */
class FiringBudgetTest {
    private static final int PACKAGES = 5_000;
    private static Scenario large;

    /** 5,000 EU packages of 27 members each, unanimity and QMV alternately: nothing loops, but it is big. */
    private static synchronized Scenario large() {
        if (large == null) {
            StringBuilder yaml = new StringBuilder("name: Five thousand packages settle\ndate: 2024-06-01\npackages:\n");
            for (int i = 0; i < PACKAGES; i++) {
                yaml.append("  - id: p").append(i).append("\n    forum: eu-council\n    rule: ")
                        .append(i % 2 == 0 ? "unanimity" : "qmv").append("\n    positions: { default: support, HU: oppose }\n");
            }
            large = TestRules.scenario(TestRules.write("large.yaml", yaml.toString()));
        }
        return large;
    }

    @Test
    void limitOfOneFiring_saysOneTimeNotOneTimes() {
        assertThat(FiringLimit.exceeded("s.yaml", "on 2024-06-01", 1, "--max-firings 1", java.util.List.of(), 0))
                .hasMessageStartingWith("s.yaml: the rules fired 1 time on 2024-06-01 without settling");
    }

    @Test
    void scaledBudget_isBasePlusAThousandPerPackageAndCoalition() {
        assertThat(FiringBudget.SCALED.perDate(large())).isEqualTo(100_000 + 1_000L * PACKAGES);
        assertThat(FiringBudget.fixed(500).perDate(large())).isEqualTo(500);
    }

    @Test
    void fiveThousandPackages_settleUnderTheDefaultLimit() {
        ScenarioResult result = new Simulator(TestRules.rules()).run(large());
        assertThat(result.trace()).as("more firings than the old fixed limit of 100,000").hasSizeGreaterThan(100_000);
        assertThat(result.packages()).hasSize(PACKAGES)
                .allSatisfy(p -> assertThat(p.verdict()).isIn(Verdict.ADOPTED, Verdict.BLOCKED));
        assertThat(result.packages().stream().filter(PackageResult::passed).count()).isEqualTo(PACKAGES / 2);
    }

    @Test
    void largeInputOverAFixedLimit_isCalledLargeNotALoop() {
        Simulator small = new Simulator(TestRules.rules(), FiringBudget.fixed(100_000));
        assertThatThrownBy(() -> small.run(large())).isInstanceOf(RunException.class)
                .hasMessageContaining("large.yaml: the rules fired ")
                .hasMessageContaining(" times on 2024-06-01 without settling (limit --max-firings 100000); most fired: ")
                .hasMessageEndingWith("the input is large rather than looping; raise --max-firings.");
    }
}
