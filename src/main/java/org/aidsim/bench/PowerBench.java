package org.aidsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.aidsim.engine.PowerGame;
import org.aidsim.engine.PowerIndices;
import org.aidsim.engine.Simulator;
import org.aidsim.model.CountryCode;
import org.aidsim.model.DecisionRule;
import org.aidsim.model.Institutions;
import org.aidsim.model.PopulationTable;

/**
 * Times the exact power indices of EU-27 QMV in the Council (the roster and population shares of the rules folder on
 * 1 June 2025, every member taking part), once warm, for {@code aidsim bench}: the dynamic programme of
 * {@link PowerGame#exact()}, without the check through the rules. Issue 11 asks for under one second warm.
 */
public final class PowerBench {
    static final LocalDate DATE = LocalDate.of(2025, 6, 1);

    private PowerBench() {
    }

    /**
     * One line: the median wall and thread-CPU time of the exact indices over the runs that fit in about
     * {@code seconds} (at least 5) after a warm-up of about {@code seconds}, and the winning coalitions counted.
     */
    public static String measure(Simulator simulator, double seconds) {
        Institutions institutions = simulator.rules().institutions();
        List<CountryCode> members = institutions.seatsOf("eu-council", DATE);
        PopulationTable table = institutions.populationOf("eu-council", DATE).orElseThrow();
        long[] weights = members.stream().mapToLong(table::of).toArray();
        PowerGame game = PowerGame.of(DecisionRule.QMV, members, weights, true, institutions.parameters().on(DATE)).orElseThrow();
        long until = System.nanoTime() + (long) (seconds * 1e9);
        PowerIndices indices = game.exact();
        while (System.nanoTime() < until) {
            indices = game.exact();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[1000];
        long[] cpu = new long[1000];
        int runs = 0;
        until = System.nanoTime() + (long) (seconds * 1e9);
        while (runs < wall.length && (runs < 5 || System.nanoTime() < until)) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            indices = game.exact();
            wall[runs] = System.nanoTime() - t0;
            cpu[runs] = threads.getCurrentThreadCpuTime() - c0;
            runs++;
        }
        return String.format(Locale.ROOT, "power: exact EU-27 QMV indices (%d members, %s shares): median %.1f ms wall,"
                        + " %.1f ms CPU over %d warm runs; %,d of %,d coalitions win",
                members.size(), table.label(), median(wall, runs) / 1e6, median(cpu, runs) / 1e6, runs,
                indices.winning(), indices.coalitions());
    }

    private static double median(long[] values, int n) {
        long[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
