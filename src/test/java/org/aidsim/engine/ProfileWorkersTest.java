package org.aidsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.aidsim.TestRules;
import org.aidsim.model.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: pivots test profiles on both cores; the answers are those of testing them one after another, for any
 * number of threads.
 */
class ProfileWorkersTest {
    private static final FiringBudget BUDGET = FiringBudget.fixed(100_000);

    private static IncrementalEvaluator evaluator() {
        return new IncrementalEvaluator(TestRules.rules(), TestRules.scenario(IncrementalEvaluatorTest.MIXED), BUDGET);
    }

    private static Iterator<Long> items(long count) {
        return LongStream.range(0, count).boxed().iterator();
    }

    @Test
    void passAfterAFailingItem_throwsTheFailureAsTestingInOrderWould() {
        for (int workers = 1; workers <= 4; workers++) {
            try (IncrementalEvaluator evaluator = evaluator(); ProfileWorkers pool = new ProfileWorkers(evaluator, workers)) {
                assertThatThrownBy(() -> pool.first(items(100), 100, (e, i) -> {
                    if (i == 5) {
                        throw new RunException("item 5 does not settle");
                    }
                    return i == 40;
                })).as("%d workers", workers).hasMessage("item 5 does not settle");
            }
        }
    }

    @Test
    void failingItemAfterThePass_isNotTheAnswerAndLeavesAWorkingEvaluator() {
        for (int workers = 1; workers <= 4; workers++) {
            try (IncrementalEvaluator fresh = evaluator(); IncrementalEvaluator evaluator = evaluator();
                 ProfileWorkers pool = new ProfileWorkers(evaluator, workers)) {
                fresh.settle();
                ProfileWorkers.Found<Long> found = pool.first(items(100), 100, (e, i) -> {
                    if (i >= 6) {
                        throw new RunException("item " + i + " does not settle");
                    }
                    e.settle();
                    return i == 5;
                });
                assertThat(found.index()).isEqualTo(5);
                assertThat(found.tested()).isEqualTo(6);
                pool.primary().settle();
                for (int p = 0; p < evaluator.packageIds().size(); p++) {
                    assertThat(pool.primary().verdict(p)).isEqualTo(fresh.verdict(p));
                }
            }
        }
    }

    @Test
    void limitReachedBeforeAnyPass_testsExactlyTheLimitAndSaysMoreRemain() {
        for (int workers = 1; workers <= 4; workers++) {
            try (IncrementalEvaluator evaluator = evaluator(); ProfileWorkers pool = new ProfileWorkers(evaluator, workers)) {
                ProfileWorkers.Found<Long> found = pool.first(items(100), 30, (e, i) -> i == 50);
                assertThat(found.index()).isEqualTo(-1);
                assertThat(found.tested()).isEqualTo(30);
                assertThat(found.more()).isTrue();

                ProfileWorkers.Found<Long> all = pool.first(items(30), 30, (e, i) -> false);
                assertThat(all.tested()).isEqualTo(30);
                assertThat(all.more()).as("exhausted exactly at the limit").isFalse();
            }
        }
    }

    @Test
    void severalPassingItems_theFirstInOrderIsTheAnswer() {
        for (int workers = 1; workers <= 4; workers++) {
            try (IncrementalEvaluator evaluator = evaluator(); ProfileWorkers pool = new ProfileWorkers(evaluator, workers)) {
                for (int round = 0; round < 20; round++) {
                    ProfileWorkers.Found<Long> found = pool.first(items(200), 200, (e, i) -> i % 17 == 16 || i == 190);
                    assertThat(found.index()).isEqualTo(16);
                    assertThat(found.item()).isEqualTo(16L);
                    assertThat(found.tested()).isEqualTo(17);
                }
            }
        }
    }

    @Test
    void recipeWhoseDeclaredPositionsDoNotSettle_throwsAndEndsTheTwinsThreads() throws InterruptedException {
        IncrementalEvaluator.Recipe recipe = new IncrementalEvaluator.Recipe(TestRules.rules(),
                TestRules.scenario(IncrementalEvaluatorTest.MIXED), null, FiringBudget.fixed(1));
        assertThatThrownBy(() -> ProfileWorkers.open(recipe, 3)).isInstanceOf(RunException.class);
        for (int wait = 0; wait < 200 && pivotsThreads() > 0; wait++) {
            Thread.sleep(50);
        }
        assertThat(pivotsThreads()).isZero();
    }

    private static long pivotsThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("aidsim-pivots") && t.isAlive()).count();
    }

    @Test
    void everyShippedScenario_pivotsAreTheSameOnOneAndOnThreeThreads() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
            files = walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json")).sorted().toList();
        }
        int compared = 0;
        for (Path file : files) {
            Scenario scenario;
            try {
                scenario = TestRules.scenario(file);
            } catch (RuntimeException e) {
                continue;  // a scenario kept as an example of bad input
            }
            List<PivotSearch.PackagePivots> one;
            List<PivotSearch.PackagePivots> three;
            long oneCount;
            long threeCount;
            try (IncrementalEvaluator evaluator = new IncrementalEvaluator(TestRules.rules(), scenario, BUDGET);
                 PivotSearch search = new PivotSearch(evaluator, 2_000, 1)) {
                one = search.all();
                oneCount = search.evaluations();
            }
            // As pivots makes them: the caller's evaluator and the twins at once, from one recipe.
            try (PivotSearch search = new PivotSearch(new IncrementalEvaluator.Recipe(TestRules.rules(), scenario, null, BUDGET), 2_000, 3)) {
                three = search.all();
                threeCount = search.evaluations();
            }
            assertThat(three).as(file.toString()).isEqualTo(one);
            assertThat(threeCount).as(file.toString()).isEqualTo(oneCount);
            compared++;
        }
        assertThat(compared).isGreaterThan(40);
    }
}
