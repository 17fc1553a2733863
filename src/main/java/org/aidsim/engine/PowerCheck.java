package org.aidsim.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.aidsim.model.CountryCode;
import org.aidsim.model.DecisionRule;
import org.aidsim.model.Position;
import org.aidsim.model.Stance;
import org.aidsim.model.Thresholds;

/**
 * The power indices of every package of a scenario, for {@code aidsim power}: exact from the rule's parameters
 * ({@link PowerGame}), after checking that the DRL rules in use decide as the algorithm does. The check runs
 * coalitions through the evaluation core (members in the coalition support, the other players oppose, members
 * outside the game keep their declared position): every coalition for up to {@link #ALL_UP_TO} players, else the
 * grand coalition, each coalition of all but one, and a seeded uniform sample. When the rules disagree (they were
 * edited, or the rule is one the algorithm does not know, or the weights are too fine to count), the indices are a
 * Monte Carlo estimate through the rules: Banzhaf from random coalitions with each member flipped in and out,
 * Shapley-Shubik from random orders of joining, each with a Wilson 95% interval; seeded, so deterministic.
 * Not thread-safe: it drives one evaluator.
 */
public final class PowerCheck {
    /** Players up to which every coalition is checked through the rules. */
    public static final int ALL_UP_TO = 12;
    private static final double Z = 1.959963984540054;

    private final IncrementalEvaluator evaluator;
    private final Thresholds thresholds;
    private final int sample;
    private final long seed;

    /**
     * @param thresholds the parameters in force on the date decided on (with the scenario's what-if values)
     * @param sample coalitions drawn for the check, and draws per estimate in the fallback; at least 1
     * @param seed the seed of every draw
     */
    public PowerCheck(IncrementalEvaluator evaluator, Thresholds thresholds, int sample, long seed) {
        this.evaluator = evaluator;
        this.thresholds = thresholds;
        this.sample = sample;
        this.seed = seed;
    }

    /**
     * One package's power.
     *
     * @param players the members in the game (seated, not opted out), sorted
     * @param weights their weights (population or votes), same order
     * @param outside seated members outside the game (opted out)
     * @param check how the rules compared with the algorithm, one sentence
     * @param agrees true when the rules in use agreed on every coalition tried and the indices are exact
     */
    public record PackagePower(String packageId, String forum, DecisionRule rule, List<CountryCode> players,
                               List<Long> weights, List<CountryCode> outside, PowerIndices indices, String check,
                               boolean agrees) {
    }

    /** Every package of the scenario with members voting on it (not a coalition's package), in its order. */
    public List<PackagePower> all() {
        return only(id -> true);
    }

    /** The packages whose id {@code wanted} accepts, as {@link #all()}. */
    public List<PackagePower> only(java.util.function.Predicate<String> wanted) {
        List<PackagePower> out = new ArrayList<>();
        for (int p = 0; p < evaluator.packageIds().size(); p++) {
            if (wanted.test(evaluator.packageIds().get(p))) {
                of(p).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<PackagePower> of(int pkg) {
        String id = evaluator.packageIds().get(pkg);
        var aidPackage = evaluator.scenario().aidPackage(id).orElseThrow();
        List<Integer> slots = new ArrayList<>();
        List<CountryCode> players = new ArrayList<>();
        List<CountryCode> outside = new ArrayList<>();
        List<Long> weightList = new ArrayList<>();
        int seated = 0;
        for (int m = 0; m < evaluator.members().size(); m++) {
            if (!evaluator.seats(pkg, m)) {
                continue;
            }
            seated++;
            Stance declared = evaluator.declared(pkg, m);
            if (declared.declared() == Position.OPT_OUT) {
                outside.add(declared.member());
            } else {
                slots.add(m);
                players.add(declared.member());
                weightList.add(declared.population());
            }
        }
        if (players.isEmpty()) {
            return Optional.empty();
        }
        long[] weights = weightList.stream().mapToLong(Long::longValue).toArray();
        int n = players.size();
        Optional<PowerGame> game = PowerGame.of(aidPackage.rule(), players, weights, players.size() == seated, thresholds);
        String check;
        PowerIndices indices;
        boolean agrees = false;
        try {
            if (game.isEmpty()) {
                check = "no exact algorithm for rule " + aidPackage.rule().word() + "; estimated through the rules";
            } else if (!game.get().countable()) {
                check = "the weights are too fine for the exact count; estimated through the rules";
            } else {
                Disagreement d = compare(pkg, slots, game.get());
                if (d.disagree() == 0) {
                    agrees = true;
                    check = "the rules in use agree with the " + aidPackage.rule().word() + " algorithm on "
                            + (d.tried() == 1L << Math.min(n, 62) && n <= ALL_UP_TO ? "all " + d.tried() + " coalitions"
                            : d.tried() + " coalitions (the grand coalition, each without one member, and a sample, seed " + seed + ")");
                } else {
                    check = "THE RULES IN USE DISAGREE with the " + aidPackage.rule().word() + " algorithm on " + d.disagree()
                            + " of " + d.tried() + " coalitions (first: " + d.first() + "); the rules were edited or"
                            + " decide by more than the rule's parameters, so the indices below are a Monte Carlo"
                            + " estimate through the rules, not exact";
                }
            }
            indices = agrees ? game.get().exact() : estimate(pkg, slots, players);
        } finally {
            evaluator.reset();
        }
        return Optional.of(new PackagePower(id, aidPackage.forum(), aidPackage.rule(), List.copyOf(players), List.copyOf(weightList),
                List.copyOf(outside), indices, check, agrees));
    }

    private record Disagreement(long tried, long disagree, String first) {
    }

    private Disagreement compare(int pkg, List<Integer> slots, PowerGame game) {
        int n = slots.size();
        List<boolean[]> coalitions = new ArrayList<>();
        if (n <= ALL_UP_TO) {
            for (long bits = 0; bits < 1L << n; bits++) {
                boolean[] c = new boolean[n];
                for (int i = 0; i < n; i++) {
                    c[i] = (bits >> i & 1) == 1;
                }
                coalitions.add(c);
            }
        } else {
            boolean[] grand = new boolean[n];
            java.util.Arrays.fill(grand, true);
            coalitions.add(grand);
            for (int i = 0; i < n; i++) {
                boolean[] c = grand.clone();
                c[i] = false;
                coalitions.add(c);
            }
            SplittableRandom random = new SplittableRandom(seed);
            for (int t = 0; t < sample; t++) {
                coalitions.add(draw(random, n));
            }
        }
        long disagree = 0;
        String first = null;
        for (boolean[] c : coalitions) {
            boolean byRules = passes(pkg, slots, c);
            boolean byAlgorithm = game.wins(c);
            if (byRules != byAlgorithm) {
                disagree++;
                if (first == null) {
                    first = "coalition " + members(game.players(), c) + " " + (byAlgorithm ? "wins" : "loses")
                            + " by the algorithm, " + (byRules ? "passes" : "falls") + " by the rules";
                }
            }
        }
        return new Disagreement(coalitions.size(), disagree, first);
    }

    private static String members(List<CountryCode> players, boolean[] c) {
        List<String> in = new ArrayList<>();
        for (int i = 0; i < c.length; i++) {
            if (c[i]) {
                in.add(players.get(i).code());
            }
        }
        return in.isEmpty() ? "{}" : "{" + String.join(", ", in) + "}";
    }

    private static boolean[] draw(SplittableRandom random, int n) {
        boolean[] c = new boolean[n];
        for (int i = 0; i < n; i++) {
            c[i] = random.nextBoolean();
        }
        return c;
    }

    private boolean passes(int pkg, List<Integer> slots, boolean[] coalition) {
        for (int i = 0; i < coalition.length; i++) {
            evaluator.set(pkg, slots.get(i), coalition[i] ? Position.SUPPORT : Position.OPPOSE);
        }
        evaluator.settle();
        return evaluator.passed(pkg);
    }

    private PowerIndices estimate(int pkg, List<Integer> slots, List<CountryCode> players) {
        int n = players.size();
        SplittableRandom random = new SplittableRandom(seed);
        long[] swings = new long[n];
        long wins = 0;
        for (int t = 0; t < sample; t++) {
            boolean[] c = draw(random, n);
            if (passes(pkg, slots, c)) {
                wins++;
            }
            for (int i = 0; i < n; i++) {
                boolean[] with = c.clone();
                with[i] = true;
                boolean[] without = c.clone();
                without[i] = false;
                if (passes(pkg, slots, with) && !passes(pkg, slots, without)) {
                    swings[i]++;
                }
            }
        }
        long[] pivots = new long[n];
        for (int t = 0; t < sample; t++) {
            int[] order = shuffled(random, n);
            boolean[] c = new boolean[n];
            boolean before = passes(pkg, slots, c);
            for (int j : order) {
                c[j] = true;
                boolean now = passes(pkg, slots, c);
                if (now && !before) {
                    pivots[j]++;
                    break;
                }
                before = now;
            }
        }
        long sum = 0;
        for (long s : swings) {
            sum += s;
        }
        List<PowerIndices.Member> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] b = wilson(swings[i], sample);
            double[] s = wilson(pivots[i], sample);
            rows.add(new PowerIndices.Member(players.get(i), swings[i], ratio(swings[i], sample),
                    ratio(swings[i], sum), ratio(pivots[i], sample), round(b[0]), round(b[1]), round(s[0]), round(s[1])));
        }
        BigInteger coalitions = BigInteger.ONE.shiftLeft(n);
        BigInteger winning = new BigDecimal(coalitions).multiply(BigDecimal.valueOf(wins))
                .divide(BigDecimal.valueOf(sample), 0, RoundingMode.HALF_EVEN).toBigInteger();
        return new PowerIndices(false, coalitions, winning, rows, sample);
    }

    private static int[] shuffled(SplittableRandom random, int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(PowerIndices.DIGITS)
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), new MathContext(30)).setScale(PowerIndices.DIGITS, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(PowerIndices.DIGITS, RoundingMode.HALF_EVEN);
    }

    /** The Wilson score interval at 95% for {@code k} successes in {@code n} draws: {low, high}. */
    static double[] wilson(long k, long n) {
        double p = (double) k / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
