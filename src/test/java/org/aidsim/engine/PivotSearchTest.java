package org.aidsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.aidsim.TestRules;
import org.aidsim.engine.PivotSearch.PackagePivots;
import org.aidsim.engine.PivotSearch.SupportSearch;
import org.aidsim.model.Position;
import org.aidsim.model.Scenario;
import org.aidsim.model.Stance;
import org.junit.jupiter.api.Test;

/** Issue 8: pivots use the rule's own numbers as a lower bound, and list a position only where it means something. */
class PivotSearchTest {

    private static PackagePivots pivots(String yaml, long maxEvaluations) {
        Scenario scenario = TestRules.scenario(yaml);
        try (IncrementalEvaluator evaluator = new IncrementalEvaluator(TestRules.rules(), scenario, FiringBudget.fixed(100_000))) {
            return new PivotSearch(evaluator, maxEvaluations).of(0);
        }
    }

    private static String one(String rule, String extra, String positions) {
        return """
                name: pivots
                date: 2025-03-01
                packages:
                  - id: p
                    forum: %s
                    rule: %s
                %s    positions: { %s }
                """.formatted(rule.equals("consensus") ? "nato" : "eu-council", rule, extra, positions);
    }

    @Test
    void qmvPackageEveryoneOpposes_fifteenIsProvenMinimalByTheRuleWithoutSearch() {
        PackagePivots p = pivots(one("qmv", "", "default: oppose"), 100);
        assertThat(p.search()).isEqualTo(SupportSearch.EXACT);
        assertThat(p.smallestSupport()).hasSize(15);
        assertThat(p.lowerBound()).isEqualTo(15);
        assertThat(p.provenByBound()).isTrue();
    }

    @Test
    void unanimityWithTwoVetoes_theTwoOpponentsAreTheBound() {
        PackagePivots p = pivots(one("unanimity", "", "default: support, HU: oppose, SK: oppose"), 10);
        assertThat(p.smallestSupport()).extracting(Object::toString).containsExactly("HU", "SK");
        assertThat(p.lowerBound()).isEqualTo(2);
        assertThat(p.provenByBound()).isTrue();
    }

    @Test
    void reinforcedQmvShortOfPopulation_boundCountsTheMostPopulousFirst() {
        PackagePivots p = pivots(one("reinforced-qmv", "",
                "default: support, DE: oppose, FR: oppose, IT: oppose, ES: oppose, PL: oppose"), 1_000);
        assertThat(p.lowerBound()).isEqualTo(2);
        assertThat(p.smallestSupport()).hasSize(2);
        assertThat(p.provenByBound()).isTrue();
    }

    @Test
    void qmvShortOfPopulation_boundIsTheFewerOfPopulationAndDeemedReached() {
        PackagePivots p = pivots(one("qmv", "",
                "default: support, DE: oppose, FR: oppose, IT: oppose, ES: oppose, PL: oppose"), 1_000);
        // 34% of the population in favour: DE and FR bring it over 65%; three of five would leave a blocking minority.
        assertThat(p.lowerBound()).isEqualTo(2);
        assertThat(p.smallestSupport()).extracting(Object::toString).containsExactly("DE", "FR");
        assertThat(p.provenByBound()).isTrue();
    }

    @Test
    void qmvWithOptOuts_boundCountsOnlyParticipants() {
        PackagePivots p = pivots(one("qmv", "    participation: voluntary\n",
                "default: opt-out, DE: oppose, FR: oppose, IT: oppose, ES: support"), 1_000);
        // 4 taking part: 55% of 4 is 3 in favour, 1 now; fifteen applies only when all take part.
        assertThat(p.lowerBound()).isEqualTo(2);
        assertThat(p.smallestSupport()).hasSize(2);
    }

    @Test
    void nonCfspConstructiveAbstain_isNotListedAsItsOwnFlip() {
        PackagePivots p = pivots(one("unanimity", "", "default: support, HU: oppose"), 1_000);
        assertThat(p.flips()).containsKeys(Position.SUPPORT, Position.ABSTAIN).doesNotContainKey(Position.CONSTRUCTIVE_ABSTAIN);
    }

    @Test
    void cfspConstructiveAbstain_isListedWhereItDiffersInMeaning() {
        PackagePivots p = pivots(one("unanimity", "    cfsp: true\n", "default: support, HU: oppose"), 1_000);
        assertThat(p.flips()).containsKeys(Position.ABSTAIN, Position.CONSTRUCTIVE_ABSTAIN);
    }

    @Test
    void mandatoryOptOut_isListedOnlyAsOppose() {
        PackagePivots p = pivots(one("consensus", "", "default: support"), 1_000);
        assertThat(p.flips()).containsKey(Position.OPPOSE).doesNotContainKey(Position.OPT_OUT);
    }

    @Test
    void randomProfiles_boundsGiveTheSameSmallestSetsAsTheUnboundedSearch() {
        Scenario base = TestRules.scenario(IncrementalEvaluatorTest.MIXED);
        SplittableRandom random = new SplittableRandom(8L);
        Position[] positions = {Position.SUPPORT, Position.SUPPORT, Position.SUPPORT, Position.OPPOSE,
            Position.ABSTAIN, Position.OPT_OUT};
        int compared = 0;
        for (int round = 0; round < 8; round++) {
            List<Stance> stances = new ArrayList<>();
            for (Stance s : base.stances()) {
                Position to = positions[random.nextInt(positions.length)];
                stances.add(new Stance(s.packageId(), s.member(), s.population(), to, null));
            }
            Scenario scenario = base.withStances(stances);
            try (IncrementalEvaluator evaluator = new IncrementalEvaluator(TestRules.rules(), scenario, FiringBudget.fixed(100_000))) {
                List<PackagePivots> bounded = new PivotSearch(evaluator, 3_000).all();
                List<PackagePivots> unbounded = new PivotSearch(evaluator, 3_000, false, 1).all();
                for (int i = 0; i < bounded.size(); i++) {
                    if (unbounded.get(i).search() == SupportSearch.EXACT) {
                        assertThat(bounded.get(i).smallestSupport()).as(scenario.stances().toString())
                                .hasSameSizeAs(unbounded.get(i).smallestSupport());
                        assertThat(bounded.get(i).lowerBound()).isLessThanOrEqualTo(unbounded.get(i).smallestSupport().size());
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(8);
    }
}
