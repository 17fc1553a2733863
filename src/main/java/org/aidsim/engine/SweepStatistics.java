package org.aidsim.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.aidsim.model.Percent;

/**
 * The statistics of a sweep's counts: how much each varied member's position moves a package's pass rate (its
 * swing, compared exactly as fractions) and the Wilson 95% interval of a sampled pass rate. Rendering them is
 * {@code report/}'s business.
 */
public final class SweepStatistics {
    /** The label of a drawn member's remaining choice: its position as the scenario declares it. */
    public static final String DECLARED = "declared";
    private static final double Z95 = 1.959963984540054;

    private SweepStatistics() {
    }

    /**
     * One varied member's (or Parliament count's, {@code member} then naming it "PACKAGE/STAGE:against") effect on one package: pass rate per choice and the spread between them, the swing: the
     * highest rate (choice {@code high}) less the lowest (choice {@code low}), kept exact; both are -1 when no
     * profile gave the member any choice.
     */
    public record Influence(String member, List<String> choices, long[] profiles, long[] passing, int high, int low) {
        /** The swing as a fraction of profiles, cut to six decimals (see {@link Percent}). */
        public BigDecimal swing() {
            return high < 0 ? BigDecimal.ZERO : Percent.fractionPoints(passing[high], profiles[high], passing[low], profiles[low]);
        }

        /** The swing in percentage points, cut to two decimals: "66.66". */
        public String swingPoints() {
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
        public int compareSwing(Influence other) {
            BigInteger[] x = exact();
            BigInteger[] y = other.exact();
            return x[0].multiply(y[1]).compareTo(y[0].multiply(x[1]));
        }
    }

    /**
     * Each varied member's influence on package {@code pkg} (its index in {@link Sweep.Result#packageIds()}), largest
     * swing first and members alphabetically among equal swings; a drawn member's last choice, the position in the
     * scenario, is labelled {@value #DECLARED}.
     */
    public static List<Influence> influences(Sweep.Plan plan, Sweep.Result result, int pkg) {
        List<Influence> out = new ArrayList<>();
        for (int i = 0; i < plan.members().size(); i++) {
            List<String> labels = plan.choices().get(i).stream().map(p -> p == null ? DECLARED : p.word()).toList();
            out.add(influence(plan.members().get(i).code(), labels, result.byChoice()[i], result.passingByChoice()[pkg][i]));
        }
        for (int k = 0; k < plan.counts().size(); k++) {
            int i = plan.members().size() + k;
            out.add(countInfluence(plan.counts().get(k), result.byChoice()[i], result.passingByChoice()[pkg][i]));
        }
        out.sort((a, b) -> {
            int bySwing = b.compareSwing(a);
            return bySwing != 0 ? bySwing : a.member().compareTo(b.member());
        });
        return out;
    }

    /** The most bands a varied count's values are reported in. */
    static final int COUNT_BANDS = 6;

    /**
     * A varied Parliament count's influence, its values gathered in at most {@value #COUNT_BANDS} bands of equal
     * width (the last may be narrower), labelled "300-320", or "300" for a band of one value.
     */
    private static Influence countInfluence(Sweep.CountRange range, long[] byValue, long[] passingByValue) {
        int n = byValue.length;
        int width = (n + COUNT_BANDS - 1) / COUNT_BANDS;
        int bands = (n + width - 1) / width;
        long[] profiles = new long[bands];
        long[] passing = new long[bands];
        List<String> labels = new ArrayList<>();
        for (int b = 0; b < bands; b++) {
            long from = range.low() + (long) b * width;
            long to = Math.min(range.high(), from + width - 1);
            labels.add(from == to ? Long.toString(from) : from + "-" + to);
            for (int v = b * width; v < Math.min(n, (b + 1) * width); v++) {
                profiles[b] += byValue[v];
                passing[b] += passingByValue[v];
            }
        }
        return influence(range.label(), labels, profiles, passing);
    }

    private static Influence influence(String dimension, List<String> labels, long[] profiles, long[] passing) {
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
        return new Influence(dimension, labels, profiles, passing, high, low);
    }

    /** The sign of passing[x]/profiles[x] - passing[y]/profiles[y], exact. */
    private static int rate(long[] passing, long[] profiles, int x, int y) {
        return BigInteger.valueOf(passing[x]).multiply(BigInteger.valueOf(profiles[y]))
                .compareTo(BigInteger.valueOf(passing[y]).multiply(BigInteger.valueOf(profiles[x])));
    }

    /**
     * The Wilson score interval at 95% for k passes in n profiles, as fractions {low, high} clipped to 0..1 (E. B.
     * Wilson, "Probable inference, the law of succession, and statistical inference", JASA 22, 1927).
     */
    public static double[] wilson(long k, long n) {
        double p = (double) k / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
