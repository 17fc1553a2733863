package org.aidsim.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aidsim.engine.Sweep;
import org.aidsim.engine.SweepStatistics;
import org.aidsim.model.Percent;
import org.aidsim.model.Scenario;

/**
 * What {@code sweep} found: the pass counts per package, member and position, as a person reads them (text), as a
 * document (json) or as rows (csv); the statistics come from {@link SweepStatistics}.
 */
public final class SweepReport implements Report {
    private final Header header;
    private final Scenario scenario;
    private final Sweep.Plan plan;
    private final Sweep.Result result;
    private final boolean sampled;
    private final long seed;

    /** @param sampled true for --samples (intervals shown), false for every combination; {@code seed} is shown when sampled */
    public SweepReport(Header header, Sweep.Plan plan, Sweep.Result result, boolean sampled, long seed) {
        this.header = header;
        this.scenario = header.scenario();
        this.plan = plan;
        this.result = result;
        this.sampled = sampled;
        this.seed = seed;
    }

    @Override
    public String text() {
        StringBuilder out = new StringBuilder();
        header.text(" · " + String.format(Locale.ROOT, "%,d", result.profiles())
                + (sampled ? " sampled profiles (seed " + seed + ")" : " profiles (every combination)")
                + (plan.stage() == null ? "" : " · positions varied in " + plan.stage() + " only"), out);
        for (int p = 0; p < result.packageIds().size(); p++) {
            long passing = result.passing()[p];
            out.append('\n').append(result.packageIds().get(p)).append(": passes in ")
                    .append(String.format(Locale.ROOT, "%,d of %,d", passing, result.profiles()))
                    .append(" (").append(Percent.of(passing, result.profiles()));
            if (sampled) {
                double[] ci = SweepStatistics.wilson(passing, result.profiles());
                String[] shown = Percent.intervalPercent(ci[0], ci[1]);
                out.append("; 95% interval ").append(shown[0]).append("%-").append(shown[1]).append('%');
            }
            out.append(")\n");
            for (SweepStatistics.Influence f : SweepStatistics.influences(plan, result, p)) {
                out.append(String.format(Locale.ROOT, "  %s  swing %6s pts:", f.member(), f.swingPoints()));
                for (int c = 0; c < f.choices().size(); c++) {
                    out.append("  ").append(f.choices().get(c)).append(' ')
                            .append(f.profiles()[c] == 0 ? "-" : Percent.of(f.passing()[c], f.profiles()[c]));
                }
                out.append('\n');
            }
        }
        TextReporter.notes(header.notes(), out);
        return out.toString();
    }

    /**
     * One row per package (member and position {@code *}) and per package, varied member and position: the profiles,
     * those passing, the share passing (a fraction, six decimals cut), its Wilson 95% interval as two fractions
     * when sampled (empty when every combination was counted: the share is then exact, or when no profile), and on
     * a member's rows the member's swing for the package (a fraction, as in the JSON).
     */
    @Override
    public String csv() {
        StringBuilder out = new StringBuilder("package,member,position,profiles,passing,share,interval95_low,interval95_high,swing\n");
        for (int p = 0; p < result.packageIds().size(); p++) {
            String id = result.packageIds().get(p);
            out.append(id).append(",*,*,");
            csvCounts(result.passing()[p], result.profiles(), out);
            out.append(",\n");
            for (SweepStatistics.Influence f : SweepStatistics.influences(plan, result, p)) {
                for (int c = 0; c < f.choices().size(); c++) {
                    out.append(id).append(',').append(f.member()).append(',').append(f.choices().get(c)).append(',');
                    csvCounts(f.passing()[c], f.profiles()[c], out);
                    out.append(',').append(f.swing().toPlainString()).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** profiles,passing,share,interval95_low,interval95_high */
    private void csvCounts(long passing, long profiles, StringBuilder out) {
        out.append(profiles).append(',').append(passing).append(',').append(share(passing, profiles)).append(',');
        if (sampled && profiles > 0) {
            BigDecimal[] ci = interval(passing, profiles);
            out.append(ci[0].toPlainString()).append(',').append(ci[1].toPlainString());
        } else {
            out.append(',');
        }
    }

    private static BigDecimal[] interval(long passing, long profiles) {
        double[] ci = SweepStatistics.wilson(passing, profiles);
        return Percent.intervalFraction(ci[0], ci[1]);
    }

    /**
     * {"scenario", "file", "rules", "notes", "decidedOn", "asOf", "datesNotPlayed", "mode", "seed" (sampled),
     * "stage" (with --stage), "profiles", "packages": [{"id", "passing", "share", "interval95" (sampled), "members":
     * [{"member", "swing", "positions": {position: {"profiles", "passing", "share"}}}]}]}. A varied Parliament count
     * is a "member" named "PACKAGE/STAGE:against", its "positions" the bands of its values ("300-320").
     */
    @Override
    public List<Map<String, Object>> documents() {
        Map<String, Object> doc = header.json();
        doc.put("mode", sampled ? "sampled" : "every-combination");
        if (sampled) {
            doc.put("seed", seed);
        }
        if (plan.stage() != null) {
            doc.put("stage", plan.stage());
        }
        doc.put("profiles", result.profiles());
        List<Map<String, Object>> packages = new ArrayList<>();
        for (int p = 0; p < result.packageIds().size(); p++) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("id", result.packageIds().get(p));
            one.put("passing", result.passing()[p]);
            one.put("share", shareNumber(result.passing()[p], result.profiles()));
            if (sampled) {
                one.put("interval95", List.of(interval(result.passing()[p], result.profiles())));
            }
            List<Map<String, Object>> members = new ArrayList<>();
            for (SweepStatistics.Influence f : SweepStatistics.influences(plan, result, p)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("member", f.member());
                m.put("swing", f.swing());
                Map<String, Object> byChoice = new LinkedHashMap<>();
                for (int c = 0; c < f.choices().size(); c++) {
                    // A LinkedHashMap, not Map.of: Map.of's order changes from one JVM to the next.
                    Map<String, Object> counts = new LinkedHashMap<>();
                    counts.put("profiles", f.profiles()[c]);
                    counts.put("passing", f.passing()[c]);
                    counts.put("share", shareNumber(f.passing()[c], f.profiles()[c]));
                    byChoice.put(f.choices().get(c), counts);
                }
                m.put("positions", byChoice);
                members.add(m);
            }
            one.put("members", members);
            packages.add(one);
        }
        doc.put("packages", packages);
        return List.of(doc);
    }

    private static String share(long k, long n) {
        return Percent.fraction(k, n);
    }

    /** The share as a JSON number (a fraction, six decimals cut), null when there were no profiles. */
    private static BigDecimal shareNumber(long k, long n) {
        return n == 0 ? null : new BigDecimal(Percent.fraction(k, n));
    }
}
