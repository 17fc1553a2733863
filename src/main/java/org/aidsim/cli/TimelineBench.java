package org.aidsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.aidsim.engine.ScenarioLoader;
import org.aidsim.engine.Simulator;
import org.aidsim.model.Scenario;

/**
 * Measures a two-year monthly timeline (24 dates, 30 tranches over 3 packages and 2 pools, a split and a position
 * change) once warm, for {@code aidsim bench}.
 */
final class TimelineBench {
    private TimelineBench() {
    }

    /** Times warm runs of the timeline with the given simulator; one line for {@code aidsim bench}. */
    static String measure(Simulator simulator, int runs) throws IOException {
        Path file = Files.createTempFile("aidsim-bench-timeline", ".yaml");
        try {
            Files.writeString(file, scenario());
            Scenario scenario = ScenarioLoader.load(file, simulator.rules().institutions());
            for (int i = 0; i < runs; i++) {
                simulator.run(scenario);
            }
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                simulator.run(scenario);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            int steps = simulator.run(scenario).disbursement().steps().size();
            return String.format(java.util.Locale.ROOT,
                    "timeline, %d dates and %d tranches: %.1f ms warm (median of %d; p90 %.1f ms)",
                    steps, scenario.disbursement().tranches().size(), nanos[runs / 2] / 1e6, runs, nanos[runs * 9 / 10] / 1e6);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** 24 monthly inflows into a split pool, 30 tranches of 10 each, the third package vetoed until month 6. */
    static String scenario() {
        StringBuilder s = new StringBuilder("""
                name: bench
                date: 2024-01-01
                end: 2025-12-01
                pools:
                  - id: source
                    splits:
                      - { from: 2024-01-01, to: { a: 50%, b: 50% } }
                    inflows:
                """);
        for (int m = 0; m < 24; m++) {
            s.append("      - { date: ").append(month(m)).append(", amount: 40 million EUR }\n");
        }
        s.append("  - id: a\n  - id: b\npackages:\n");
        for (int p = 0; p < 3; p++) {
            s.append("  - id: p").append(p).append("\n    forum: european-council\n    positions: { default: support")
                    .append(p == 2 ? ", HU: oppose" : "").append(" }\n    tranches:\n");
            for (int t = 0; t < 10; t++) {
                s.append("      - { id: t").append(t).append(", pool: ").append(p % 2 == 0 ? "a" : "b")
                        .append(", amount: 10 million EUR, not-before: ").append(month(t * 2 + p % 2))
                        .append(t > 0 ? ", after: t" + (t - 1) : "").append(" }\n");
            }
        }
        s.append("events:\n  - { date: ").append(month(6)).append(", package: p2, member: HU, position: support }\n");
        return s.toString();
    }

    private static String month(int m) {
        return String.format(java.util.Locale.ROOT, "%d-%02d-01", 2024 + m / 12, m % 12 + 1);
    }
}
