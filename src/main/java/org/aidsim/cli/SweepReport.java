package org.aidsim.cli;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aidsim.engine.Sweep;
import org.aidsim.model.Percent;
import org.aidsim.model.Scenario;
import org.aidsim.report.TextReporter;

/** A sweep's counts as a person reads them (text), as a document (json) or as rows (csv). */
final class SweepReport {
    private static final double Z95 = 1.959963984540054;
    static final String DECLARED = "declared";

    private final Header header;
    private final Scenario scenario;
    private final Sweep.Plan plan;
    private final Sweep.Result result;
    private final boolean sampled;
    private final long seed;

    SweepReport(Header header, Sweep.Plan plan, Sweep.Result result, boolean sampled, long seed) {
        this.header = header;
        this.scenario = header.scenario();
        this.plan = plan;
        this.result = result;
        this.sampled = sampled;
        this.seed = seed;
    }

    /**
     * One varied member's effect on one package: pass rate per choice and the spread between them, the swing: the
     * highest rate (choice {@code high}) less the lowest (choice {@code low}), kept exact; both are -1 when no
     * profile gave the member any choice.
     */
    record Influence(String member, List<String> choices, long[] profiles, long[] passing, int high, int low) {
        /** The swing as a fraction of profiles, cut to six decimals (see {@link Percent}). */
        BigDecimal swing() {
            return high < 0 ? BigDecimal.ZERO : Percent.fractionPoints(passing[high], profiles[high], passing[low], profiles[low]);
        }

        /** The swing in percentage points, cut to two decimals: "66.66". */
        String swingPoints() {
            return high < 0 ? "0.00" : Percent.points(passing[high], profiles[high], passing[low], profiles[low]);
        }

        /** The swing as an exact fraction {numerator, denominator}. */
        private BigInteger[] exact() {
            if (high < 0) {
                return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
            }
            BigInteger b = BigInteger.valueOf(profiles[high]);
            BigInteger d = BigInteger.valueOf(profiles[low]);
            return new BigInteger[] {BigInteger.valueOf(passing[high]).multiply(d).subtract(BigInteger.valueOf(passing[low]).multiply(b)),
                    b.multiply(d)};
        }

        /** Compares swings exactly, by cross-multiplying their fractions. */
        int compareSwing(Influence other) {
            BigInteger[] x = exact();
            BigInteger[] y = other.exact();
            return x[0].multiply(y[1]).compareTo(y[0].multiply(x[1]));
        }
    }

    List<Influence> influences(int pkg) {
        List<Influence> out = new ArrayList<>();
        for (int i = 0; i < plan.members().size(); i++) {
            long[] profiles = result.byChoice()[i];
            long[] passing = result.passingByChoice()[pkg][i];
            int high = -1;
            int low = -1;
            for (int c = 0; c < profiles.length; c++) {
                if (profiles[c] > 0) {
                    if (high < 0 || rate(passing, profiles, c, high) > 0) {
                        high = c;
                    }
                    if (low < 0 || rate(passing, profiles, c, low) < 0) {
                        low = c;
                    }
                }
            }
            List<String> labels = plan.choices().get(i).stream().map(p -> p == null ? DECLARED : p.word()).toList();
            out.add(new Influence(plan.members().get(i).code(), labels, profiles, passing, high, low));
        }
        out.sort((a, b) -> {
            int bySwing = b.compareSwing(a);
            return bySwing != 0 ? bySwing : a.member().compareTo(b.member());
        });
        return out;
    }

    /** The sign of passing[x]/profiles[x] - passing[y]/profiles[y], exact. */
    private static int rate(long[] passing, long[] profiles, int x, int y) {
        return BigInteger.valueOf(passing[x]).multiply(BigInteger.valueOf(profiles[y]))
                .compareTo(BigInteger.valueOf(passing[y]).multiply(BigInteger.valueOf(profiles[x])));
    }

    /** Wilson score interval at 95% for k passes in n profiles. */
    static double[] wilson(long k, long n) {
        double p = (double) k / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    String text() {
        StringBuilder out = new StringBuilder();
        header.text(" · " + String.format(Locale.ROOT, "%,d", result.profiles())
                + (sampled ? " sampled profiles (seed " + seed + ")" : " profiles (every combination)"), out);
        for (int p = 0; p < result.packageIds().size(); p++) {
            long passing = result.passing()[p];
            out.append('\n').append(result.packageIds().get(p)).append(": passes in ")
                    .append(String.format(Locale.ROOT, "%,d of %,d", passing, result.profiles()))
                    .append(" (").append(Percent.of(passing, result.profiles()));
            if (sampled) {
                double[] ci = wilson(passing, result.profiles());
                String[] shown = Percent.intervalPercent(ci[0], ci[1]);
                out.append("; 95% interval ").append(shown[0]).append("%-").append(shown[1]).append('%');
            }
            out.append(")\n");
            for (Influence f : influences(p)) {
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
    String csv() {
        StringBuilder out = new StringBuilder("package,member,position,profiles,passing,share,interval95_low,interval95_high,swing\n");
        for (int p = 0; p < result.packageIds().size(); p++) {
            String id = result.packageIds().get(p);
            out.append(id).append(",*,*,");
            csvCounts(result.passing()[p], result.profiles(), out);
            out.append(",\n");
            for (Influence f : influences(p)) {
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
        double[] ci = wilson(passing, profiles);
        return Percent.intervalFraction(ci[0], ci[1]);
    }

    String json() {
        Map<String, Object> doc = header.json();
        doc.put("mode", sampled ? "sampled" : "every-combination");
        if (sampled) {
            doc.put("seed", seed);
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
            for (Influence f : influences(p)) {
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
        return PrettyJson.of(doc);
    }

    private static String share(long k, long n) {
        return Percent.fraction(k, n);
    }

    /** The share as a JSON number (a fraction, six decimals cut), null when there were no profiles. */
    private static BigDecimal shareNumber(long k, long n) {
        return n == 0 ? null : new BigDecimal(Percent.fraction(k, n));
    }
}
