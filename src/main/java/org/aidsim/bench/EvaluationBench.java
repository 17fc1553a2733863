package org.aidsim.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.aidsim.engine.FiringBudget;
import org.aidsim.engine.IncrementalEvaluator;
import org.aidsim.engine.PivotSearch;
import org.aidsim.engine.ProfileSpaces;
import org.aidsim.engine.RuleSet;
import org.aidsim.engine.Simulator;
import org.aidsim.engine.Sweep;
import org.aidsim.model.AidPackage;
import org.aidsim.model.CountryCode;
import org.aidsim.model.DecisionRule;
import org.aidsim.model.Institutions;
import org.aidsim.model.Participation;
import org.aidsim.model.Position;
import org.aidsim.model.Scenario;
import org.aidsim.model.Stance;

/**
 * What {@code aidsim bench} measures: profile evaluations per second on EU-27 packages (unanimity in the European
 * Council, QMV in the Council), a fresh session per profile against one reused session per thread; the time of a
 * warm pivots run; then the timelines of {@link TimelineBench}. Each profile gives {@value #VARIED} random members a
 * random position among support, oppose and abstain.
 */
public final class EvaluationBench {
    private static final double WARM_UP_SECONDS = 2;
    private static final double FIRST_WARM_UP_SECONDS = 8;
    private static final Position[] CHOICES = {Position.SUPPORT, Position.OPPOSE, Position.ABSTAIN};
    private static final int VARIED = 3;

    private final Simulator simulator;
    private final FiringBudget budget;
    private final double seconds;
    private boolean warmedUp;

    /** @param seconds the time per measurement, more than 0 */
    public EvaluationBench(Simulator simulator, FiringBudget budget, double seconds) {
        this.simulator = simulator;
        this.budget = budget;
        this.seconds = seconds;
    }

    /** Measures every figure and prints each to {@code out} as soon as it is known, one line each. */
    public void measureAll(PrintWriter out) throws IOException {
        RuleSet rules = simulator.rules();
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "aidsim bench: EU-27 on 2025-03-01, %d cores, %.1f s per figure, %d varied members per profile%n",
                cores, seconds, VARIED);
        for (DecisionRule rule : List.of(DecisionRule.UNANIMITY, DecisionRule.QMV)) {
            Scenario scenario = eu27(rules.institutions(), rule);
            out.printf(Locale.ROOT, "%-10s fresh session, 1 thread:    %,10.0f profiles/s%n", rule.word(), fresh(simulator, scenario));
            out.printf(Locale.ROOT, "%-10s reused session, 1 thread:   %,10.0f profiles/s%n", rule.word(), reused(rules, scenario, 1));
            out.printf(Locale.ROOT, "%-10s reused session, %d threads:  %,10.0f profiles/s%n", rule.word(), cores, reused(rules, scenario, cores));
            out.flush();
        }
        Scenario blocked = withPositions(eu27(rules.institutions(), DecisionRule.QMV), Map.of("DE", Position.OPPOSE,
                "FR", Position.OPPOSE, "IT", Position.OPPOSE, "HU", Position.OPPOSE, "NL", Position.ABSTAIN));
        try (IncrementalEvaluator evaluator = new IncrementalEvaluator(rules, blocked, budget)) {
            long[] times = new long[7];
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                new PivotSearch(evaluator, 1_000_000).all();
                times[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(times);
            out.printf(Locale.ROOT, "pivots, EU-27 QMV package blocked by DE FR IT HU: %.1f ms warm (median of %d)%n",
                    times[times.length / 2] / 1e6, times.length);
        }
        TimelineBench.measure(simulator, seconds).forEach(out::println);
        out.flush();
    }

    private double fresh(Simulator simulator, Scenario scenario) {
        freshFor(simulator, scenario, Math.min(1, seconds));
        return freshFor(simulator, scenario, seconds);
    }

    private static double freshFor(Simulator simulator, Scenario scenario, double seconds) {
        SplittableRandom random = new SplittableRandom(1);
        List<Stance> base = scenario.stances();
        long count = 0;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        while (System.nanoTime() < end) {
            List<Stance> stances = new ArrayList<>(base);
            for (int v = 0; v < VARIED; v++) {
                int i = random.nextInt(stances.size());
                Stance s = stances.get(i);
                stances.set(i, new Stance(s.packageId(), s.member(), s.population(), CHOICES[random.nextInt(CHOICES.length)], null));
            }
            simulator.run(scenario.withStances(stances));
            count++;
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** Random profiles through {@link Sweep}, the code path of 'aidsim sweep', for about the measuring time. */
    private double reused(RuleSet rules, Scenario scenario, int threads) {
        List<CountryCode> members = scenario.stances().stream().map(Stance::member).sorted().toList();
        double third = 1.0 / 3;
        double[][] cumulative = new double[members.size()][];
        List<List<Position>> choices = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            // Each member keeps its position unless drawn, and about VARIED of 27 are drawn per profile.
            double p = (double) VARIED / members.size() * third;
            cumulative[m] = new double[] {p, 2 * p, 3 * p};
            choices.add(java.util.Arrays.asList(Position.SUPPORT, Position.OPPOSE, Position.ABSTAIN, null));
        }
        // The fresh-session figure before this one leaves a heap of discarded sessions; clear it first.
        System.gc();
        // Warm up for a while, not a fixed count: until the JIT has compiled the hot path, its compiler threads
        // share the two cores with the measurement (a fixed 20,000 profiles left the first figure 2-3x low).
        // The first warm-up is longer: C2 is still compiling the rule engine's shared code then (measured: the first
        // figure read 15,000 profiles/s after 2 s, 62,000 after 8 s).
        double warmUp = warmedUp ? WARM_UP_SECONDS : FIRST_WARM_UP_SECONDS;
        warmedUp = true;
        long warmUntil = System.nanoTime() + (long) (warmUp * 1e9);
        while (System.nanoTime() < warmUntil) {
            Sweep.run(rules, scenario, null, new Sweep.Plan(members, choices, ProfileSpaces.sampled(20_000, 1, cumulative)),
                    threads, budget, new AtomicLong());
        }
        long n = 50_000;
        while (true) {
            long start = System.nanoTime();
            Sweep.run(rules, scenario, null, new Sweep.Plan(members, choices, ProfileSpaces.sampled(n, 2, cumulative)),
                    threads, budget, new AtomicLong());
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (elapsed >= seconds * 0.8 || n > 100_000_000) {
                return n / elapsed;
            }
            n = (long) (n * Math.max(2, seconds / Math.max(elapsed, 0.01)));
        }
    }

    private static Scenario eu27(Institutions institutions, DecisionRule rule) {
        LocalDate date = LocalDate.of(2025, 3, 1);
        String forum = rule.equals(DecisionRule.UNANIMITY) ? "european-council" : "eu-council";
        String id = "bench-" + rule.word();
        var population = institutions.populationOf(forum, date).orElseThrow();
        List<Stance> stances = institutions.seatsOf(forum, date).stream()
                .map(m -> new Stance(id, m, population.of(m), Position.SUPPORT, null)).toList();
        return new Scenario("(bench)", "EU-27 " + rule.word() + " benchmark", date, "", List.of(),
                List.of(new AidPackage(id, id, forum, rule, Participation.MANDATORY, null)), stances, List.of(), Map.of(), List.of(),
                List.of(), List.of(), Map.of(), org.aidsim.model.DisbursementPlan.none(date));
    }

    private static Scenario withPositions(Scenario s, Map<String, Position> positions) {
        List<Stance> stances = s.stances().stream().map(st -> positions.containsKey(st.member().code())
                ? new Stance(st.packageId(), st.member(), st.population(), positions.get(st.member().code()), null) : st).toList();
        return s.withStances(stances);
    }
}
