package org.aidsim.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.aidsim.engine.Simulator;
import org.aidsim.model.Scenario;
import org.aidsim.scenario.ScenarioLoader;

/**
 * Measures monthly timelines of 24, 48 and 96 dates once warm, for {@code aidsim bench}: the same 30 tranches over
 * 3 packages and 2 pools, a split and a position change, spread over 2, 4 and 8 years of monthly inflows. The ratio
 * of the 96-date time to the 24-date time shows whether one more date costs the same however many came before
 * (4 when it does; issue 13 asks for at most 4.5).
 */
public final class TimelineBench {
    /** The timeline lengths measured, in dates (months). */
    static final int[] MONTHS = {24, 48, 96};

    private TimelineBench() {
    }

    /**
     * Times warm runs of each timeline with the given simulator, one line per length and one with the ratio 96/24,
     * for {@code aidsim bench}. The lengths take turns, round after round (a warm-up of about {@code seconds}, then
     * about three times as long measured), so that other work on the machine weighs on each alike; each line gives
     * the median wall time and the median CPU time of the thread that ran it.
     */
    public static List<String> measure(Simulator simulator, double seconds) throws IOException {
        Scenario[] scenarios = new Scenario[MONTHS.length];
        for (int i = 0; i < MONTHS.length; i++) {
            Path file = Files.createTempFile("aidsim-bench-timeline", ".yaml");
            try {
                Files.writeString(file, scenario(MONTHS[i]));
                scenarios[i] = ScenarioLoader.load(file, simulator.rules().institutions());
            } finally {
                Files.deleteIfExists(file);
            }
        }
        rounds(simulator, scenarios, seconds, 3);
        long[][][] times = rounds(simulator, scenarios, 3 * seconds, 11);
        List<String> lines = new ArrayList<>();
        double[] wall = new double[MONTHS.length];
        double[] cpu = new double[MONTHS.length];
        for (int i = 0; i < MONTHS.length; i++) {
            long[] nanos = times[0][i];
            wall[i] = nanos[nanos.length / 2] / 1e6;
            cpu[i] = times[1][i][nanos.length / 2] / 1e6;
            int steps = simulator.run(scenarios[i]).disbursement().steps().size();
            lines.add(String.format(Locale.ROOT, "timeline, %d dates and %d tranches: %.1f ms warm (median of %d; p90 %.1f ms; CPU %.1f ms)",
                    steps, scenarios[i].disbursement().tranches().size(), wall[i], nanos.length, nanos[nanos.length * 9 / 10] / 1e6, cpu[i]));
        }
        int last = MONTHS.length - 1;
        lines.add(String.format(Locale.ROOT, "timeline, %d dates / %d dates: %.1f (CPU %.1f; linear: %d)",
                MONTHS[last], MONTHS[0], wall[last] / wall[0], cpu[last] / cpu[0], MONTHS[last] / MONTHS[0]));
        return lines;
    }

    /**
     * Runs each scenario once per round, for at least {@code min} rounds and until about {@code seconds} have passed.
     * Returns the sorted wall times [0] and thread CPU times [1], in nanoseconds, per scenario.
     */
    private static long[][][] rounds(Simulator simulator, Scenario[] scenarios, double seconds, int min) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int max = 1000;
        long[][][] times = new long[2][scenarios.length][max];
        int n = 0;
        while (n < max && (n < min || System.nanoTime() < end)) {
            for (int i = 0; i < scenarios.length; i++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                simulator.run(scenarios[i]);
                times[0][i][n] = System.nanoTime() - start;
                times[1][i][n] = threads.getCurrentThreadCpuTime() - cpu;
            }
            n++;
        }
        for (long[][] kind : times) {
            for (int i = 0; i < scenarios.length; i++) {
                kind[i] = Arrays.copyOf(kind[i], n);
                Arrays.sort(kind[i]);
            }
        }
        return times;
    }

    /**
     * {@code months} monthly inflows into a split pool, 30 tranches of 10 each spread evenly over the months, the third
     * package vetoed until a quarter of the way through. At 24 months this is the two-year timeline bench has always
     * timed.
     */
    static String scenario(int months) {
        int stretch = months / 24;
        StringBuilder s = new StringBuilder("name: bench\ndate: 2024-01-01\nend: ").append(month(months - 1)).append("\n")
                .append("""
                pools:
                  - id: source
                    splits:
                      - { from: 2024-01-01, to: { a: 50%, b: 50% } }
                    inflows:
                """);
        for (int m = 0; m < months; m++) {
            s.append("      - { date: ").append(month(m)).append(", amount: 40 million EUR }\n");
        }
        s.append("  - id: a\n  - id: b\npackages:\n");
        for (int p = 0; p < 3; p++) {
            s.append("  - id: p").append(p).append("\n    forum: european-council\n    positions: { default: support")
                    .append(p == 2 ? ", HU: oppose" : "").append(" }\n    tranches:\n");
            for (int t = 0; t < 10; t++) {
                s.append("      - { id: t").append(t).append(", pool: ").append(p % 2 == 0 ? "a" : "b")
                        .append(", amount: 10 million EUR, not-before: ").append(month((t * 2 + p % 2) * stretch))
                        .append(t > 0 ? ", after: t" + (t - 1) : "").append(" }\n");
            }
        }
        s.append("events:\n  - { date: ").append(month(6 * stretch)).append(", package: p2, member: HU, position: support }\n");
        return s.toString();
    }

    private static String month(int m) {
        return String.format(Locale.ROOT, "%d-%02d-01", 2024 + m / 12, m % 12 + 1);
    }
}
