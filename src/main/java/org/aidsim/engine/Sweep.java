package org.aidsim.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Position;
import org.aidsim.model.Scenario;

/**
 * Evaluates a space of position profiles of one scenario on every core: each worker thread has its own
 * {@link IncrementalEvaluator} and counts passes; the counts are integers summed at the end, so the result is the
 * same whatever the thread count. A profile gives each varied member one of its choices on every package and stage
 * it has a seat in (or on the plan's one stage); a null choice means the scenario's own position; and each varied
 * Parliament count one value of its range.
 */
public final class Sweep {
    private static final int CHUNK = 2048;

    /** Which choice each varied member takes in profile {@code index}; must depend on the index alone. */
    public interface Profiles {
        long count();

        void choose(long index, int[] choice);
    }

    /**
     * What a sweep varies. A profile's choice array holds one choice per varied member, then one per count range
     * (the index of its value from {@code low}).
     *
     * @param choices per varied member, the positions it may take (null: the scenario's own)
     * @param stage   the one ballot (a stage's {@code PACKAGE/STAGE}, or a package's id) the members' positions are
     *                varied on, or null: on every ballot each member has a seat on
     * @param counts  the Parliament's counts varied, each over a range of whole numbers
     */
    public record Plan(List<CountryCode> members, List<List<Position>> choices, Profiles profiles, String stage,
                       List<CountRange> counts) {
        public Plan {
            counts = List.copyOf(counts);
        }

        /** Members varied on every ballot they sit on, no count varied. */
        public Plan(List<CountryCode> members, List<List<Position>> choices, Profiles profiles) {
            this(members, choices, profiles, null, List.of());
        }

        /** How many choices each dimension has: each varied member's positions, then each count range's values. */
        public List<Integer> sizes() {
            List<Integer> out = new ArrayList<>(choices.stream().map(List::size).toList());
            counts.forEach(c -> out.add(Math.toIntExact(c.size())));
            return out;
        }
    }

    /**
     * One Parliament count varied over the whole numbers {@code low..high} (both included): {@code which} (for, against
     * or abstain) on the ballot {@code ballot} (a package's id or a stage's {@code PACKAGE/STAGE}) decided on counts.
     */
    public record CountRange(String ballot, String which, long low, long high) {
        public CountRange {
            if (low < 0 || high < low) {
                throw new IllegalArgumentException("a count range runs from a whole number from 0 up: " + low + ".." + high);
            }
        }

        /** How many values the range has. */
        public long size() {
            return high - low + 1;
        }

        /** How reports name it: "mff-revision/ep-consent:against". */
        public String label() {
            return ballot + ":" + which;
        }
    }

    /**
     * @param passing        per package, profiles in which it passed
     * @param passingByChoice per package, varied member and choice: profiles with that choice in which it passed
     * @param byChoice       per varied member and choice: profiles with that choice
     */
    public record Result(long profiles, List<String> packageIds, long[] passing, long[][][] passingByChoice, long[][] byChoice) {
    }

    private Sweep() {
    }

    /**
     * @param asOf decide on the last timeline date up to it, its events applied (null: the scenario's own date), as
     *             {@link IncrementalEvaluator} does
     */
    public static Result run(RuleSet rules, Scenario scenario, LocalDate asOf, Plan plan, int threads, FiringBudget budget,
                             AtomicLong done) {
        List<String> ids = scenario.packages().stream().map(p -> p.id()).toList();
        long total = plan.profiles().count();
        AtomicLong nextChunk = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "aidsim-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Counts>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> work(rules, scenario, asOf, plan, budget, total, nextChunk, done)));
            }
            Counts sum = new Counts(ids.size(), plan);
            for (Future<Counts> part : parts) {
                sum.add(part.get());
            }
            return new Result(total, ids, sum.passing, sum.passingByChoice, sum.byChoice);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunException("the sweep was interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    private static Counts work(RuleSet rules, Scenario scenario, LocalDate asOf, Plan plan, FiringBudget budget, long total,
                               AtomicLong nextChunk, AtomicLong done) {
        Counts counts = new Counts(scenario.packages().size(), plan);
        int varied = plan.members().size();
        int dimensions = varied + plan.counts().size();
        int[] choice = new int[dimensions];
        try (IncrementalEvaluator evaluator = new IncrementalEvaluator(rules, scenario, asOf, budget)) {
            int[] memberIndex = plan.members().stream().mapToInt(m -> evaluator.members().indexOf(m)).toArray();
            int stage = plan.stage() == null ? -1 : evaluator.ballotIds().indexOf(plan.stage());
            int[] countBallot = plan.counts().stream().mapToInt(c -> evaluator.ballotIds().indexOf(c.ballot())).toArray();
            int packages = evaluator.packageIds().size();
            long start;
            while ((start = nextChunk.getAndAdd(CHUNK)) < total) {
                long end = Math.min(total, start + CHUNK);
                for (long index = start; index < end; index++) {
                    plan.profiles().choose(index, choice);
                    for (int i = 0; i < varied; i++) {
                        Position position = plan.choices().get(i).get(choice[i]);
                        if (stage < 0) {
                            evaluator.setEverywhere(memberIndex[i], position);
                        } else {
                            evaluator.set(stage, memberIndex[i], position);
                        }
                        counts.byChoice[i][choice[i]]++;
                    }
                    for (int k = 0; k < countBallot.length; k++) {
                        CountRange range = plan.counts().get(k);
                        evaluator.setCount(countBallot[k], range.which(), range.low() + choice[varied + k]);
                        counts.byChoice[varied + k][choice[varied + k]]++;
                    }
                    evaluator.settle();
                    for (int p = 0; p < packages; p++) {
                        if (evaluator.passed(p)) {
                            counts.passing[p]++;
                            for (int i = 0; i < dimensions; i++) {
                                counts.passingByChoice[p][i][choice[i]]++;
                            }
                        }
                    }
                }
                done.addAndGet(end - start);
            }
        }
        return counts;
    }

    private static final class Counts {
        final long[] passing;
        final long[][][] passingByChoice;
        final long[][] byChoice;

        Counts(int packages, Plan plan) {
            List<Integer> sizes = plan.sizes();
            int dimensions = sizes.size();
            passing = new long[packages];
            passingByChoice = new long[packages][dimensions][];
            byChoice = new long[dimensions][];
            for (int i = 0; i < dimensions; i++) {
                byChoice[i] = new long[sizes.get(i)];
                for (int p = 0; p < packages; p++) {
                    passingByChoice[p][i] = new long[sizes.get(i)];
                }
            }
        }

        void add(Counts other) {
            for (int p = 0; p < passing.length; p++) {
                passing[p] += other.passing[p];
                for (int i = 0; i < byChoice.length; i++) {
                    for (int c = 0; c < byChoice[i].length; c++) {
                        passingByChoice[p][i][c] += other.passingByChoice[p][i][c];
                    }
                }
            }
            for (int i = 0; i < byChoice.length; i++) {
                for (int c = 0; c < byChoice[i].length; c++) {
                    byChoice[i][c] += other.byChoice[i][c];
                }
            }
        }
    }
}
