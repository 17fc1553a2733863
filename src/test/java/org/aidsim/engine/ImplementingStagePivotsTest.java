package org.aidsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.aidsim.TestRules;
import org.aidsim.engine.PivotSearch.PackagePivots;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Position;
import org.aidsim.model.Scenario;
import org.aidsim.model.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: an implementing stage does not decide its package, so pivots and sweep, which report the package's
 * outcome, are the same with it as without it: no member flips the package at the implementing stage.
 */
class ImplementingStagePivotsTest {
    private static final String WITH_MEASURES = """
            name: implementing pivots
            date: 2024-03-18
            pools:
              - { id: uaf, opening: 5 billion EUR }
            packages:
              - id: fund
                stages:
                  - id: creation
                    forum: eu-council
                    rule: unanimity
                    positions: { default: support, HU: oppose }
                  - id: measures
                    forum: eu-council
                    rule: unanimity
                    after: [creation]
                    implementing: true
                    positions: { default: support, HU: oppose, SK: oppose }
                tranches:
                  - { id: t, pool: uaf, amount: 5 billion EUR, stage: measures }
            """;

    /** The same package with its adopting stage only. */
    private static final String WITHOUT_MEASURES = WITH_MEASURES.substring(0, WITH_MEASURES.indexOf("      - id: measures"));

    private static PackagePivots pivots(String yaml) {
        return StagedWhatIfTest.pivots(yaml);
    }

    @Test
    void implementingStage_doesNotChangeThePackagesPivots() {
        PackagePivots with = pivots(WITH_MEASURES);
        PackagePivots without = pivots(WITHOUT_MEASURES);
        assertThat(with.verdict()).isEqualTo(Verdict.BLOCKED).isEqualTo(without.verdict());
        assertThat(with.flips()).isEqualTo(without.flips());
        assertThat(with.stageFlips()).isEqualTo(without.stageFlips()).isNotEmpty()
                .allMatch(f -> f.stage().equals("creation"));
        assertThat(with.smallestSupport()).isEqualTo(without.smallestSupport());
    }

    private static Sweep.Result sweep(String yaml) {
        Scenario scenario = TestRules.scenario(yaml);
        List<Position> over = List.of(Position.SUPPORT, Position.OPPOSE, Position.ABSTAIN);
        Sweep.Plan plan = new Sweep.Plan(List.of(CountryCode.of("HU"), CountryCode.of("SK")), List.of(over, over),
                ProfileSpaces.everyCombination(List.of(3, 3)));
        return Sweep.run(TestRules.rules(), scenario, null, plan, 1, FiringBudget.fixed(100_000), new AtomicLong());
    }

    @Test
    void sweepOverAPackageWithAnImplementingStage_givesTheSameAdoptionShareAsWithoutIt() {
        Sweep.Result with = sweep(WITH_MEASURES);
        Sweep.Result without = sweep(WITHOUT_MEASURES);
        assertThat(with.profiles()).isEqualTo(9);
        // Unanimity at creation: the package passes when neither HU nor SK opposes there (2 x 2 of 9), whatever the
        // implementing stage decides.
        assertThat(with.passing()[0]).isEqualTo(4).isEqualTo(without.passing()[0]);
        assertThat(with.passingByChoice()[0][0]).containsExactly(without.passingByChoice()[0][0]);
    }
}
