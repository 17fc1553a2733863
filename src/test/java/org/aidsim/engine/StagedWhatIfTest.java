package org.aidsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.aidsim.TestRules;
import org.aidsim.engine.PivotSearch.PackagePivots;
import org.aidsim.engine.PivotSearch.StageFlip;
import org.aidsim.engine.PivotSearch.SupportSearch;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Position;
import org.aidsim.model.Scenario;
import org.aidsim.model.Verdict;
import org.junit.jupiter.api.Test;

/** Issue 10: pivots and sweep over packages decided in stages: a member's position in a stage is a seat of its own. */
class StagedWhatIfTest {
    /** The European Council vetoed by HU, then a Council regulation by QMV that HU and SK oppose. */
    private static final String BLOCKED_AT_EUCO = """
            name: staged pivots
            date: 2023-12-14
            packages:
              - id: facility
                amount: 50 billion EUR
                stages:
                  - id: euco
                    forum: european-council
                    positions: { default: support, HU: oppose }
                  - id: regulation
                    forum: eu-council
                    rule: qmv
                    after: [euco]
                    positions: { default: support, HU: oppose, SK: oppose }
            """;

    /** Two unanimous stages every member supports. */
    private static final String ADOPTED = """
            name: staged sweep
            date: 2024-02-29
            packages:
              - id: facility
                amount: 50 billion EUR
                stages:
                  - id: euco
                    forum: european-council
                    positions: { default: support }
                  - id: regulation
                    forum: eu-council
                    rule: unanimity
                    after: [euco]
                    positions: { default: support }
            """;

    /** The pivots of the scenario's first package, found by the incremental evaluator. */
    static PackagePivots pivots(String yaml) {
        Scenario scenario = TestRules.scenario(yaml);
        try (IncrementalEvaluator evaluator = new IncrementalEvaluator(TestRules.rules(), scenario, FiringBudget.fixed(100_000))) {
            return new PivotSearch(evaluator, 10_000).of(0);
        }
    }

    @Test
    void stagedScenario_evaluatorReportsThePackagesDerivedVerdictAndSeatsEachStage() {
        Scenario scenario = TestRules.scenario(BLOCKED_AT_EUCO);
        try (IncrementalEvaluator e = new IncrementalEvaluator(TestRules.rules(), scenario, FiringBudget.fixed(100_000))) {
            assertThat(e.packageIds()).containsExactly("facility");
            assertThat(e.ballotIds()).containsExactly("facility", "facility/euco", "facility/regulation");
            assertThat(e.stagesOf(0)).containsExactly(1, 2);
            e.settle();
            assertThat(e.verdict(0)).isEqualTo(Verdict.BLOCKED);
            int hu = e.members().indexOf(CountryCode.of("HU"));
            e.set(1, hu, Position.SUPPORT);
            e.settle();
            assertThat(e.verdict(0)).isEqualTo(Verdict.ADOPTED);
            e.reset();
            e.settle();
            assertThat(e.verdict(0)).isEqualTo(Verdict.BLOCKED);
        }
    }

    @Test
    void huAtTheEuropeanCouncilAlone_flipsTheStagedPackage_andThePivotNamesTheStage() {
        PackagePivots p = pivots(BLOCKED_AT_EUCO);
        assertThat(p.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(p.staged()).isTrue();
        assertThat(p.flips().get(Position.SUPPORT)).extracting(CountryCode::code).containsExactly("HU");
        // HU's opposition at the QMV regulation stage does not stop it: only the European Council stage is pivotal.
        assertThat(p.stageFlips()).contains(new StageFlip("euco", Position.SUPPORT, CountryCode.of("HU")))
                .allMatch(f -> f.stage().equals("euco"));
        assertThat(p.search()).isEqualTo(SupportSearch.EXACT);
        assertThat(p.stageSupport()).containsExactly(new StageFlip("euco", Position.SUPPORT, CountryCode.of("HU")));
        assertThat(p.smallestSupport()).extracting(CountryCode::code).containsExactly("HU");
    }

    @Test
    void adoptedStagedPackage_anOpponentAtEitherUnanimousStageStopsIt() {
        PackagePivots p = pivots(ADOPTED);
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.search()).isEqualTo(SupportSearch.NOT_NEEDED);
        assertThat(p.stageFlips()).contains(new StageFlip("euco", Position.OPPOSE, CountryCode.of("HU")),
                new StageFlip("regulation", Position.OPPOSE, CountryCode.of("HU")));
        assertThat(p.flips().get(Position.OPPOSE)).hasSize(27);
    }

    @Test
    void unstagedPackage_hasNoStagedPivots() {
        PackagePivots p = pivots("""
                name: plain
                date: 2025-03-01
                packages:
                  - id: p
                    forum: eu-council
                    rule: unanimity
                    positions: { default: support, HU: oppose }
                """);
        assertThat(p.staged()).isFalse();
        assertThat(p.stageFlips()).isEmpty();
        assertThat(p.stageSupport()).isEmpty();
    }

    @Test
    void sweepOverAStagedPackage_variesEachMemberInEveryStage_andGivesTheAdoptionShare() {
        Scenario scenario = TestRules.scenario(ADOPTED);
        List<CountryCode> varied = List.of(CountryCode.of("HU"), CountryCode.of("SK"));
        List<Position> over = List.of(Position.SUPPORT, Position.OPPOSE, Position.ABSTAIN);
        Sweep.Plan plan = new Sweep.Plan(varied, List.of(over, over), ProfileSpaces.everyCombination(List.of(3, 3)));
        Sweep.Result result = Sweep.run(TestRules.rules(), scenario, null, plan, 1, FiringBudget.fixed(100_000), new AtomicLong());
        assertThat(result.profiles()).isEqualTo(9);
        // Unanimity in both stages: an abstention does not block (Art. 238(4) TFEU), an opposition anywhere does;
        // so the package passes when neither opposes: 2 x 2 of the 9 profiles.
        assertThat(result.passing()[0]).isEqualTo(4);
        assertThat(result.passingByChoice()[0][0]).containsExactly(2, 0, 2);
    }
}
