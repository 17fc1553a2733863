package org.aidsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.aidsim.TestRules;
import org.aidsim.model.PackageResult;
import org.aidsim.model.Position;
import org.aidsim.model.Scenario;
import org.aidsim.model.ScenarioResult;
import org.aidsim.model.Stance;
import org.junit.jupiter.api.Test;

class IncrementalEvaluatorTest {
    static final String MIXED = """
            name: every decision rule at once
            date: 2025-03-01
            conditions: { concessions-agreed: false }
            packages:
              - id: facility
                forum: european-council
                rule: unanimity
                positions: { default: support, HU: {support-if: concessions-agreed} }
              - id: fund
                forum: eu-council
                rule: qmv
                participation: voluntary
                positions: { default: support, HU: oppose, SK: abstain }
              - id: reinforced
                forum: eu-council
                rule: reinforced-qmv
                positions: { default: support }
              - id: plan
                forum: nato
                participation: voluntary
                positions: { default: support }
              - id: pledge
                forum: BE
                positions: { BE: support }
            """;
    private static final Position[] PLAIN = {Position.SUPPORT, Position.OPPOSE, Position.ABSTAIN,
            Position.CONSTRUCTIVE_ABSTAIN, Position.ABSENT, Position.OPT_OUT};

    @Test
    void randomProfiles_reachTheSameDecisionsAsAFreshSimulatorRun() {
        Scenario scenario = TestRules.scenario(MIXED);
        Simulator simulator = TestRules.simulator();
        SplittableRandom random = new SplittableRandom(20240201L);
        try (IncrementalEvaluator evaluator = new IncrementalEvaluator(TestRules.rules(), scenario, FiringBudget.fixed(100_000))) {
            for (int profile = 0; profile < 400; profile++) {
                List<Stance> stances = new ArrayList<>();
                for (Stance s : scenario.stances()) {
                    int pkg = evaluator.packageIds().indexOf(s.packageId());
                    int member = evaluator.members().indexOf(s.member());
                    // Mostly a few changes per profile, sometimes many, as in sweeps and pivots.
                    Position p = random.nextInt(profile % 7 == 0 ? 2 : 12) == 0 ? PLAIN[random.nextInt(PLAIN.length)] : null;
                    evaluator.set(pkg, member, p);
                    stances.add(p == null ? s : new Stance(s.packageId(), s.member(), s.population(), p, null));
                }
                evaluator.settle();
                ScenarioResult fresh = simulator.run(scenario.withStances(stances), scenario.date());
                for (int pkg = 0; pkg < evaluator.packageIds().size(); pkg++) {
                    PackageResult expected = fresh.packages().get(pkg);
                    assertThat(evaluator.verdict(pkg)).as("profile %d, %s", profile, expected.id()).isEqualTo(expected.verdict());
                    assertThat(evaluator.blockers(pkg)).as("profile %d, %s", profile, expected.id()).isEqualTo(expected.blockers());
                }
            }
        }
    }

    @Test
    void reset_restoresTheScenarioOwnDecisions() {
        Scenario scenario = TestRules.scenario(MIXED);
        try (IncrementalEvaluator evaluator = new IncrementalEvaluator(TestRules.rules(), scenario, FiringBudget.fixed(100_000))) {
            assertThat(evaluator.passed(0)).isFalse();
            evaluator.setEverywhere(evaluator.members().indexOf(org.aidsim.model.CountryCode.of("HU")), Position.SUPPORT);
            evaluator.settle();
            assertThat(evaluator.passed(0)).isTrue();
            evaluator.reset();
            evaluator.settle();
            assertThat(evaluator.passed(0)).isFalse();
            assertThat(evaluator.blockers(0)).extracting(c -> c.code()).containsExactly("HU");
        }
    }
}
