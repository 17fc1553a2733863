package org.aidsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aidsim.TestRules;
import org.aidsim.model.PackageResult;
import org.aidsim.model.Scenario;
import org.aidsim.model.Verdict;
import org.aidsim.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;

/**
 * The core paused on a date (pivots and sweep --as-of) and played up to it (run --as-of) are one session set-up and one
 * event application: on every date of every shipped timeline their decisions must agree.
 */
class EvaluationTest {
    @Test
    void pausedOnEveryShippedTimelineDate_decidesAsRunAsOfDoes() {
        List<String> compared = new ArrayList<>();
        for (Path file : ScenarioFiles.expand(List.of(Path.of("scenarios")))) {
            Scenario scenario = TestRules.scenario(file);
            for (LocalDate date : Evaluation.dates(scenario)) {
                for (LocalDate asOf : List.of(date, date.plusDays(1))) {
                    List<String> run = new ArrayList<>();
                    for (PackageResult p : TestRules.simulator().run(scenario, asOf).packages()) {
                        run.add(p.aidPackage().id() + " " + p.verdict() + " " + p.blockers());
                    }
                    List<String> evaluated = new ArrayList<>();
                    try (IncrementalEvaluator e = new IncrementalEvaluator(TestRules.rules(), scenario, asOf, FiringBudget.fixed(100_000))) {
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

    /** HU turns to support on 2024-06-01 and back to opposition on 2024-09-01 (the timeline tests' fixture). */
    private static final String TWO_EVENTS = TimelineTest.MONEY;

    @Test
    void pausedBetweenTwoEvents_standsOnTheLastDateWithTheEarlierEventAppliedAndTheLaterKept() {
        Scenario scenario = TestRules.scenario(TWO_EVENTS);
        try (Evaluation evaluation = Evaluation.untraced(TestRules.rules(), FiringBudget.fixed(100_000), scenario)) {
            evaluation.pauseOn(LocalDate.parse("2024-07-15"));
            Scenario standing = evaluation.standing();
            assertThat(evaluation.decidedOn()).isEqualTo(LocalDate.parse("2024-06-01"));
            assertThat(standing.date()).isEqualTo(LocalDate.parse("2024-06-01"));
            assertThat(standing.stancesOn("p")).filteredOn(s -> s.member().code().equals("HU"))
                    .extracting(s -> s.declared().word()).containsExactly("support");
            assertThat(standing.disbursement().events()).extracting(e -> e.date().toString()).containsExactly("2024-09-01");
            assertThat(evaluation.verdict("p")).isEqualTo(Verdict.ADOPTED);
            assertThat(evaluation.datesNotPlayed()).contains(LocalDate.parse("2024-09-01"))
                    .allMatch(d -> d.isAfter(LocalDate.parse("2024-06-01")));
        }
    }

    @Test
    void pausedOnTheScenarioDate_isTheScenarioItself() {
        Scenario scenario = TestRules.scenario(TWO_EVENTS);
        try (Evaluation evaluation = Evaluation.untraced(TestRules.rules(), FiringBudget.fixed(100_000), scenario)) {
            evaluation.pauseOn(scenario.date());
            assertThat(evaluation.standing()).isSameAs(scenario);
            assertThat(evaluation.verdict("p")).isEqualTo(Verdict.BLOCKED);
            assertThat(evaluation.blockers("p")).extracting(c -> c.code()).containsExactly("HU");
        }
    }
}
