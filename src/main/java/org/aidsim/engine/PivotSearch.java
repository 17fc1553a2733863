package org.aidsim.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Position;
import org.aidsim.model.Ratio;
import org.aidsim.model.Tally;
import org.aidsim.model.DecisionRule;
import org.aidsim.model.Thresholds;
import org.aidsim.model.Verdict;

/**
 * Who holds the outcome of each package: the members whose change of position alone flips it, and for a package
 * that does not pass, a smallest set of members whose support would pass it. A position the rules read as another
 * (a constructive abstention outside CFSP unanimity is a plain abstention) is that position's flip, not its own.
 *
 * <p>The smallest set is exact: a greedy pass finds a set that works (size G); the decision rule's own numbers give
 * a lower bound B (see {@link #lowerBound}); when G equals B the greedy set is smallest without any search,
 * otherwise every set of size B, B+1, ... G-1 is tried in turn, so the first that passes (or else the greedy set)
 * is a smallest one, without assuming more support never hurts. The search stops after {@code maxEvaluations}
 * profiles and then says its answer is the smallest found, not proven smallest.
 *
 * <p>A package decided in stages ({@code stages:}) has no positions of its own: its seats are its members' positions
 * in each stage, and a pivot is a member whose change in one stage alone flips the package's derived outcome
 * ({@link StageFlip}: "HU at euco"); its smallest supporting set is one of such seats.
 *
 * <p>The flips and the sets of each size are tested on {@code threads} evaluators at once ({@link ProfileWorkers}),
 * with the answers, and the count of profiles evaluated, that testing them one after another gives: the same for any
 * number of threads. Close it to release the other threads' sessions.
 */
public final class PivotSearch implements AutoCloseable {
    private final ProfileWorkers workers;
    /** Members per ballot: a seat is {@code ballot * members + member}. */
    private final int members;
    private final long maxEvaluations;
    private final boolean bounded;
    private long evaluations;

    /** One thread: every profile on {@code evaluator}. */
    public PivotSearch(IncrementalEvaluator evaluator, long maxEvaluations) {
        this(evaluator, maxEvaluations, 1);
    }

    /**
     * @param evaluator      the scenario's evaluator; a search leaves it at the declared positions, unless a profile
     *                       that testing in order would not reach failed on it (then it is left as the failure left it)
     * @param maxEvaluations profiles the smallest-set search of one package may bring the count to
     * @param threads        evaluators working at once, {@code evaluator} included (each other one is a
     *                       twin made from its {@link IncrementalEvaluator#recipe()}, built when first needed); at least 1
     */
    public PivotSearch(IncrementalEvaluator evaluator, long maxEvaluations, int threads) {
        this(evaluator, maxEvaluations, true, threads);
    }

    /** @param bounded false to search every size from 1, as a test's reference for the bounds */
    PivotSearch(IncrementalEvaluator evaluator, long maxEvaluations, boolean bounded, int threads) {
        this(new ProfileWorkers(evaluator, threads), maxEvaluations, bounded);
    }

    /**
     * Makes the scenario's evaluator from {@code recipe}, and the other threads' twins alongside it, each on its own
     * thread; the search closes it. As {@link #PivotSearch(IncrementalEvaluator, long, int)} otherwise.
     *
     * @throws RunException when the declared positions do not settle within the budget
     */
    public PivotSearch(IncrementalEvaluator.Recipe recipe, long maxEvaluations, int threads) {
        this(ProfileWorkers.open(recipe, threads), maxEvaluations, true);
    }

    private PivotSearch(ProfileWorkers workers, long maxEvaluations, boolean bounded) {
        this.workers = workers;
        this.members = workers.primary().members().size();
        this.maxEvaluations = maxEvaluations;
        this.bounded = bounded;
    }

    /**
     * The evaluator for the work done in order (the greedy set, the bounds, the verdicts), which the caller may use
     * between searches: at the declared positions after each.
     */
    public IncrementalEvaluator evaluator() {
        return workers.primary();
    }

    @Override
    public void close() {
        workers.close();
    }

    /**
     * @param smallestSupport empty when no set of supporters passes the package, or when it already passes
     * @param lowerBound      the fewest new supporters the decision rule's numbers allow (0 when it passes already)
     */
    public record PackagePivots(String packageId, Verdict verdict, Map<Position, List<CountryCode>> flips,
                                List<CountryCode> smallestSupport, SupportSearch search, int lowerBound,
                                List<StageFlip> stageFlips, List<StageFlip> stageSupport, boolean staged) {
        /**
         * @param stageFlips   for a package decided in stages, each member's flip with the stage it is made in (the
         *                     members of {@code flips}, per stage); empty for any other package
         * @param stageSupport for a package decided in stages, the smallest supporting set's seats (position support);
         *                     empty otherwise
         * @param staged       whether the package is decided in stages, so its pivots name the stage
         */
        public PackagePivots {
            stageFlips = List.copyOf(stageFlips);
            stageSupport = List.copyOf(stageSupport);
        }

        public PackagePivots(String packageId, Verdict verdict, Map<Position, List<CountryCode>> flips,
                             List<CountryCode> smallestSupport, SupportSearch search, int lowerBound) {
            this(packageId, verdict, flips, smallestSupport, search, lowerBound, List.of(), List.of(), false);
        }

        public PackagePivots(String packageId, Verdict verdict, Map<Position, List<CountryCode>> flips,
                             List<CountryCode> smallestSupport, SupportSearch search) {
            this(packageId, verdict, flips, smallestSupport, search, 0);
        }

        /** True when the smallest set is as small as the rule's numbers allow: proven without trying smaller sets. */
        public boolean provenByBound() {
            return search == SupportSearch.EXACT && smallestSupport.size() == lowerBound && lowerBound > 0;
        }
    }

    /** A member's position in one stage of a package decided in stages: "HU at euco". */
    public record StageFlip(String stage, Position to, CountryCode member) {
        public String label() {
            return member.code() + " at " + stage;
        }
    }

    public enum SupportSearch {
        /** The package passes already. */
        NOT_NEEDED,
        /** Every smaller set was tried: no set of fewer members works. */
        EXACT,
        /** The evaluation budget ran out before every smaller set was tried. */
        SMALLEST_FOUND,
        /** Even the support of every member not yet in favour does not pass it. */
        IMPOSSIBLE,
        /**
         * A package decided in stages that the support of every member not yet in favour leaves pending: a stage is
         * not due on the date decided on, so no set passes it on that date (a later date may).
         */
        NOT_DUE
    }

    public List<PackagePivots> all() {
        List<PackagePivots> out = new ArrayList<>();
        for (int p = 0; p < evaluator().packageIds().size(); p++) {
            out.add(of(p));
        }
        return out;
    }

    public long evaluations() {
        return evaluations;
    }

    public PackagePivots of(int pkg) {
        IncrementalEvaluator evaluator = evaluator();
        evaluator.reset();
        evaluator.settle();
        Verdict verdict = evaluator.verdict(pkg);
        boolean passed = verdict.passes();
        List<Change> changes = new ArrayList<>();
        for (int ballot : ballots(pkg)) {
            for (int m = 0; m < evaluator.members().size(); m++) {
                if (!evaluator.seats(ballot, m)) {
                    continue;
                }
                for (Position to : Position.PLAIN) {
                    if (to != evaluator.declared(ballot, m).declared()) {
                        changes.add(new Change(ballot, m, to));
                    }
                }
            }
        }
        boolean[] listed = workers.each(changes, (e, c) -> {
            e.set(c.ballot(), c.member(), c.to());
            boolean flipped = passesNow(e, pkg) != passed;
            // Where the rules read this position as another one (constructive abstention outside CFSP
            // unanimity is a plain abstention), it is that position's flip, not one of its own.
            boolean own = flipped && e.votedAs(c.ballot(), c.member()).filter(v -> v != c.to()).isEmpty();
            e.set(c.ballot(), c.member(), null);
            return own;
        });
        evaluations += changes.size();
        Map<Position, List<CountryCode>> flips = new EnumMap<>(Position.class);
        List<StageFlip> stageFlips = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            if (!listed[i]) {
                continue;
            }
            Change c = changes.get(i);
            CountryCode code = evaluator.members().get(c.member());
            List<CountryCode> those = flips.computeIfAbsent(c.to(), k -> new ArrayList<>());
            if (!those.contains(code)) {
                those.add(code);
            }
            if (evaluator.stage(c.ballot()) != null) {
                stageFlips.add(new StageFlip(evaluator.stage(c.ballot()).id(), c.to(), code));
            }
        }
        flips.values().forEach(l -> l.sort(Comparator.naturalOrder()));
        if (passed) {
            return new PackagePivots(evaluator.packageIds().get(pkg), verdict, flips, List.of(), SupportSearch.NOT_NEEDED,
                    0, stageFlips, List.of(), !evaluator.stagesOf(pkg).isEmpty());
        }
        return smallestSupport(pkg, verdict, flips, stageFlips);
    }

    /** One member's change of position on one ballot, tested for a flip. */
    private record Change(int ballot, int member, Position to) {
    }

    /** The ballots a package's seats sit on: its own, or each of its stages'. */
    private List<Integer> ballots(int pkg) {
        List<Integer> stages = evaluator().stagesOf(pkg);
        return stages.isEmpty() ? List.of(pkg) : stages;
    }

    private int ballotOf(int seat) {
        return seat / members;
    }

    private int memberOf(int seat) {
        return seat % members;
    }

    private PackagePivots smallestSupport(int pkg, Verdict verdict, Map<Position, List<CountryCode>> flips,
                                          List<StageFlip> stageFlips) {
        List<Integer> candidates = candidates(pkg);
        evaluator().settle();
        int bound = bounded ? lowerBound(pkg, candidates) : 0;
        List<Integer> greedy = greedy(pkg, candidates);
        if (greedy == null) {
            return found(pkg, verdict, flips, stageFlips, List.of(),
                    pendingWithSupportOf(pkg, candidates) ? SupportSearch.NOT_DUE : SupportSearch.IMPOSSIBLE, bound);
        }
        if (greedy.size() < bound) {
            // The rules folder decides otherwise than the numbers say (edited DRL): search as if there were no bound.
            bound = 0;
        }
        ProfileWorkers.Found<List<Integer>> first = workers.first(new Sets(candidates, Math.max(1, bound), greedy.size()),
                maxEvaluations - evaluations, (e, set) -> passesWithSupportOf(e, pkg, set));
        evaluations += first.tested();
        if (first.index() >= 0) {
            return found(pkg, verdict, flips, stageFlips, first.item(), SupportSearch.EXACT, bound);
        }
        return found(pkg, verdict, flips, stageFlips, greedy,
                first.more() ? SupportSearch.SMALLEST_FOUND : SupportSearch.EXACT, bound);
    }

    /**
     * Every set of {@code candidates} of size {@code from}, {@code from + 1}, ... below {@code below}, smaller sizes
     * first and each size's sets in lexicographic order of the candidates' places.
     */
    private static final class Sets implements Iterator<List<Integer>> {
        private final List<Integer> candidates;
        private final int below;
        private int[] pick;

        Sets(List<Integer> candidates, int from, int below) {
            this.candidates = candidates;
            this.below = below;
            this.pick = from < below && from <= candidates.size() ? first(from) : null;
        }

        private static int[] first(int size) {
            int[] pick = new int[size];
            for (int i = 0; i < size; i++) {
                pick[i] = i;
            }
            return pick;
        }

        @Override
        public boolean hasNext() {
            return pick != null;
        }

        @Override
        public List<Integer> next() {
            if (pick == null) {
                throw new NoSuchElementException();
            }
            List<Integer> set = new ArrayList<>(pick.length);
            for (int i : pick) {
                set.add(candidates.get(i));
            }
            if (!PivotSearch.next(pick, candidates.size())) {
                int size = pick.length + 1;
                pick = size < below && size <= candidates.size() ? first(size) : null;
            }
            return set;
        }
    }

    /**
     * The fewest of {@code candidates} whose support could pass the package, from the decision rule's numbers in
     * rules/parameters.yaml and the tally of the declared positions. Unanimity and consensus (Art. 238(4) TFEU,
     * NATO practice): every member against must change. A national decision: the one government. QMV (Art. 16(4)
     * TEU, Art. 238(3)(a) TFEU): the members in favour must reach the share of the participants and, with all
     * taking part, the minimum; supporters never lower the participants, so the count now is a floor; with all
     * taking part also the population share or, failing it, fewer members not in favour than a blocking minority
     * needs, whichever takes fewer. Reinforced QMV (Art. 238(2) TFEU, no deemed-reached clause): also the
     * population share. Population bounds count the most populous candidates first and the participants'
     * population as it is now, so they never overstate. Each bound is necessary, never sufficient: the search still
     * proves that a set passes, and a greedy set smaller than the bound (an edited rules folder) drops the bound.
     */
    int lowerBound(int pkg, List<Integer> candidates) {
        Optional<Tally> tally = evaluator().tally(pkg);
        if (tally.isEmpty()) {
            return 0;
        }
        Tally t = tally.get();
        Thresholds th = evaluator().rules().institutions().thresholdsFor(evaluator().scenario());
        DecisionRule rule = evaluator().scenario().packages().get(pkg).rule();
        if (rule.equals(DecisionRule.UNANIMITY) || rule.equals(DecisionRule.CONSENSUS)) {
            return t.against().size();
        } else if (rule.equals(DecisionRule.NATIONAL)) {
            return t.inFavour() == 0 ? 1 : 0;
        } else if (rule.equals(DecisionRule.QMV)) {
            return Math.max(membersNeeded(t, th.ratio("qmv.members"), th.count("qmv.minimum-members")), !t.allTakePart() ? 0
                    // All taking part: 65% of the population, unless fewer than a blocking minority remain not in favour.
                    : Math.min(populationNeeded(pkg, t, th.ratio("qmv.population"), candidates),
                            Math.max(0, t.notInFavourCount() - th.count("qmv.blocking-minority-members") + 1)));
        } else if (rule.equals(DecisionRule.REINFORCED_QMV)) {
            return Math.max(membersNeeded(t, th.ratio("reinforced-qmv.members"), 0),
                    populationNeeded(pkg, t, th.ratio("reinforced-qmv.population"), candidates));
        }
        // A rule only the DRL knows (or a coalition): no bound, so the search tries every size.
        return 0;
    }

    private static int membersNeeded(Tally t, Ratio share, int minimum) {
        long needed = share.smallestReaching(t.participants());
        if (t.allTakePart()) {
            needed = Math.max(needed, minimum);
        }
        return (int) Math.max(0, needed - t.inFavour());
    }

    private int populationNeeded(int pkg, Tally t, Ratio share, List<Integer> candidates) {
        List<Long> weights = candidates.stream().map(seat -> declaredAt(seat).population())
                .sorted(Comparator.reverseOrder()).toList();
        long held = t.inFavourPopulation();
        int count = 0;
        for (long w : weights) {
            if (share.isReachedBy(held, t.participantPopulation())) {
                break;
            }
            held += w;
            count++;
        }
        return count;
    }

    /**
     * Seats ({@code ballot * members + member}) not voting in favour, by ballot then member code, so the first
     * smallest set found is the first alphabetically; a package's seats are on its own ballot or its stages'.
     */
    private List<Integer> candidates(int pkg) {
        List<Integer> out = new ArrayList<>();
        for (int ballot : ballots(pkg)) {
            for (int m = 0; m < evaluator().members().size(); m++) {
                if (evaluator().seats(ballot, m) && evaluator().declared(ballot, m).declared() != Position.SUPPORT) {
                    out.add(ballot * evaluator().members().size() + m);
                }
            }
        }
        return out;
    }

    private org.aidsim.model.Stance declaredAt(int seat) {
        return evaluator().declared(ballotOf(seat), memberOf(seat));
    }

    /** Adds supporters, opponents and the most populous first, until the package passes; then drops any not needed. */
    private List<Integer> greedy(int pkg, List<Integer> candidates) {
        if (!counted(pkg, candidates)) {
            return null;
        }
        List<Integer> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparing((Integer m) -> declaredAt(m).declared() != Position.OPPOSE)
                .thenComparing(m -> -declaredAt(m).population()).thenComparing(m -> m));
        List<Integer> set = new ArrayList<>();
        for (int m : order) {
            set.add(m);
            if (counted(pkg, set)) {
                break;
            }
        }
        for (int i = set.size() - 1; i >= 0; i--) {
            List<Integer> without = new ArrayList<>(set);
            without.remove(i);
            if (counted(pkg, without)) {
                set = without;
            }
        }
        set.sort(Comparator.naturalOrder());
        return set;
    }

    /** {@link #passesWithSupportOf} on the evaluator for work in order, counted as one profile evaluated. */
    private boolean counted(int pkg, List<Integer> members) {
        evaluations++;
        return passesWithSupportOf(evaluator(), pkg, members);
    }

    /** Whether the package passes with these seats in favour; leaves {@code e} at the declared positions. */
    private boolean passesWithSupportOf(IncrementalEvaluator e, int pkg, List<Integer> members) {
        for (int seat : members) {
            e.set(ballotOf(seat), memberOf(seat), Position.SUPPORT);
        }
        boolean passes = passesNow(e, pkg);
        for (int seat : members) {
            e.set(ballotOf(seat), memberOf(seat), null);
        }
        return passes;
    }

    /** Whether the package, decided in stages, is still pending with these seats in favour. */
    private boolean pendingWithSupportOf(int pkg, List<Integer> members) {
        if (evaluator().stagesOf(pkg).isEmpty()) {
            return false;
        }
        for (int seat : members) {
            evaluator().set(ballotOf(seat), memberOf(seat), Position.SUPPORT);
        }
        evaluator().settle();
        boolean pending = evaluator().verdict(pkg) == Verdict.PENDING;
        for (int seat : members) {
            evaluator().set(ballotOf(seat), memberOf(seat), null);
        }
        evaluator().settle();
        return pending;
    }

    private static boolean passesNow(IncrementalEvaluator e, int pkg) {
        e.settle();
        return e.passed(pkg);
    }

    /** The next combination of {@code pick.length} indices below n in lexicographic order; false after the last. */
    static boolean next(int[] pick, int n) {
        int k = pick.length;
        int i = k - 1;
        while (i >= 0 && pick[i] == n - k + i) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        pick[i]++;
        for (int j = i + 1; j < k; j++) {
            pick[j] = pick[j - 1] + 1;
        }
        return true;
    }

    /**
     * The search's answer with a set of seats: its members, sorted, each once; for a package decided in stages also
     * each seat with its stage.
     */
    private PackagePivots found(int pkg, Verdict verdict, Map<Position, List<CountryCode>> flips, List<StageFlip> stageFlips,
                                List<Integer> seats, SupportSearch search, int bound) {
        List<CountryCode> members = seats.stream().map(seat -> evaluator().members().get(memberOf(seat))).distinct().sorted().toList();
        List<StageFlip> atStages = seats.stream().filter(seat -> evaluator().stage(ballotOf(seat)) != null)
                .map(seat -> new StageFlip(evaluator().stage(ballotOf(seat)).id(), Position.SUPPORT,
                        evaluator().members().get(memberOf(seat)))).toList();
        return new PackagePivots(evaluator().packageIds().get(pkg), verdict, flips, members, search, bound, stageFlips,
                atStages, !evaluator().stagesOf(pkg).isEmpty());
    }
}
