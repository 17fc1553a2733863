package org.aidsim.engine;

import java.util.List;
import java.util.SplittableRandom;

/** The two ways a sweep names its profiles: every combination, or random draws that depend on seed and index only. */
public final class ProfileSpaces {
    private ProfileSpaces() {
    }

    /** Every combination of choices; the last member varies fastest. */
    public static Sweep.Profiles everyCombination(List<Integer> sizes) {
        long count = 1;
        for (int size : sizes) {
            count = Math.multiplyExact(count, size);
        }
        long total = count;
        int[] radix = sizes.stream().mapToInt(Integer::intValue).toArray();
        return new Sweep.Profiles() {
            public long count() {
                return total;
            }

            public void choose(long index, int[] choice) {
                for (int i = radix.length - 1; i >= 0; i--) {
                    choice[i] = (int) (index % radix[i]);
                    index /= radix[i];
                }
            }
        };
    }

    /**
     * {@code samples} random profiles: member i takes choice c with probability {@code cumulative[i][c] -
     * cumulative[i][c-1]}, and its last choice with what remains. Profile n draws from its own generator seeded by
     * mixing seed and n, so a profile is the same whichever thread evaluates it.
     */
    public static Sweep.Profiles sampled(long samples, long seed, double[][] cumulative) {
        return new Sweep.Profiles() {
            public long count() {
                return samples;
            }

            public void choose(long index, int[] choice) {
                SplittableRandom random = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + index));
                for (int i = 0; i < cumulative.length; i++) {
                    double u = random.nextDouble();
                    int c = 0;
                    while (c < cumulative[i].length && u >= cumulative[i][c]) {
                        c++;
                    }
                    choice[i] = c;
                }
            }
        };
    }

    /**
     * The cumulative probabilities of {@code n} equally likely choices in the shape {@link #sampled} reads (the last
     * choice takes what remains): {1/n, 2/n, ..., (n-1)/n}.
     */
    public static double[] uniform(long n) {
        double[] out = new double[Math.toIntExact(n - 1)];
        for (int c = 0; c < out.length; c++) {
            out[c] = (double) (c + 1) / n;
        }
        return out;
    }

    /** Stafford's variant 13 of the 64-bit finaliser: nearby inputs give unrelated seeds. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
