package org.aidsim.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Position;
import org.aidsim.model.Verdict;

/**
 * Who holds the outcome of each package: the members whose change of position alone flips it, and for a package
 * that does not pass, a smallest set of members whose support would pass it. The smallest set is exact: a greedy
 * pass finds a set that works (size G); then every set of size 1, 2, ... G-1 is tried in turn, so the first that
 * passes (or else the greedy set) is a smallest one, without assuming more support never hurts. The search stops
 * after {@code maxEvaluations} profiles and then says its answer is the smallest found, not proven smallest.
 */
public final class PivotSearch {
    /** The positions a member may switch to. */
    public static final List<Position> POSITIONS = List.of(Position.SUPPORT, Position.OPPOSE, Position.ABSTAIN,
            Position.CONSTRUCTIVE_ABSTAIN, Position.ABSENT, Position.OPT_OUT);

    private final IncrementalEvaluator evaluator;
    private final long maxEvaluations;
    private long evaluations;

    public PivotSearch(IncrementalEvaluator evaluator, long maxEvaluations) {
        this.evaluator = evaluator;
        this.maxEvaluations = maxEvaluations;
    }

    /** @param smallestSupport empty when no set of supporters passes the package, or when it already passes */
    public record PackagePivots(String packageId, Verdict verdict, Map<Position, List<CountryCode>> flips,
                                List<CountryCode> smallestSupport, SupportSearch search) {
    }

    public enum SupportSearch {
        /** The package passes already. */
        NOT_NEEDED,
        /** Every smaller set was tried: no set of fewer members works. */
        EXACT,
        /** The evaluation budget ran out before every smaller set was tried. */
        SMALLEST_FOUND,
        /** Even the support of every member not yet in favour does not pass it. */
        IMPOSSIBLE
    }

    public List<PackagePivots> all() {
        List<PackagePivots> out = new ArrayList<>();
        for (int p = 0; p < evaluator.packageIds().size(); p++) {
            out.add(of(p));
        }
        return out;
    }

    public long evaluations() {
        return evaluations;
    }

    public PackagePivots of(int pkg) {
        evaluator.reset();
        evaluator.settle();
        Verdict verdict = evaluator.verdict(pkg);
        boolean passed = verdict == Verdict.ADOPTED;
        Map<Position, List<CountryCode>> flips = new EnumMap<>(Position.class);
        for (int m = 0; m < evaluator.members().size(); m++) {
            if (!evaluator.seats(pkg, m)) {
                continue;
            }
            for (Position to : POSITIONS) {
                if (to == evaluator.declared(pkg, m).declared()) {
                    continue;
                }
                evaluator.set(pkg, m, to);
                if (passesNow(pkg) != passed) {
                    flips.computeIfAbsent(to, k -> new ArrayList<>()).add(evaluator.members().get(m));
                }
                evaluator.set(pkg, m, null);
            }
        }
        if (passed) {
            return new PackagePivots(evaluator.packageIds().get(pkg), verdict, flips, List.of(), SupportSearch.NOT_NEEDED);
        }
        return smallestSupport(pkg, verdict, flips);
    }

    private PackagePivots smallestSupport(int pkg, Verdict verdict, Map<Position, List<CountryCode>> flips) {
        String id = evaluator.packageIds().get(pkg);
        List<Integer> candidates = candidates(pkg);
        List<Integer> greedy = greedy(pkg, candidates);
        if (greedy == null) {
            return new PackagePivots(id, verdict, flips, List.of(), SupportSearch.IMPOSSIBLE);
        }
        for (int size = 1; size < greedy.size(); size++) {
            int[] pick = new int[size];
            for (int i = 0; i < size; i++) {
                pick[i] = i;
            }
            do {
                if (evaluations >= maxEvaluations) {
                    return new PackagePivots(id, verdict, flips, codes(greedy), SupportSearch.SMALLEST_FOUND);
                }
                List<Integer> set = new ArrayList<>();
                for (int i : pick) {
                    set.add(candidates.get(i));
                }
                if (passesWithSupportOf(pkg, set)) {
                    return new PackagePivots(id, verdict, flips, codes(set), SupportSearch.EXACT);
                }
            } while (next(pick, candidates.size()));
        }
        return new PackagePivots(id, verdict, flips, codes(greedy), SupportSearch.EXACT);
    }

    /** Members not voting in favour, sorted by code so the first smallest set found is the first alphabetically. */
    private List<Integer> candidates(int pkg) {
        List<Integer> out = new ArrayList<>();
        for (int m = 0; m < evaluator.members().size(); m++) {
            if (evaluator.seats(pkg, m) && evaluator.declared(pkg, m).declared() != Position.SUPPORT) {
                out.add(m);
            }
        }
        return out;
    }

    /** Adds supporters, opponents and the most populous first, until the package passes; then drops any not needed. */
    private List<Integer> greedy(int pkg, List<Integer> candidates) {
        if (!passesWithSupportOf(pkg, candidates)) {
            return null;
        }
        List<Integer> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparing((Integer m) -> evaluator.declared(pkg, m).declared() != Position.OPPOSE)
                .thenComparing(m -> -evaluator.declared(pkg, m).population()).thenComparing(m -> m));
        List<Integer> set = new ArrayList<>();
        for (int m : order) {
            set.add(m);
            if (passesWithSupportOf(pkg, set)) {
                break;
            }
        }
        for (int i = set.size() - 1; i >= 0; i--) {
            List<Integer> without = new ArrayList<>(set);
            without.remove(i);
            if (passesWithSupportOf(pkg, without)) {
                set = without;
            }
        }
        set.sort(Comparator.naturalOrder());
        return set;
    }

    private boolean passesWithSupportOf(int pkg, List<Integer> members) {
        for (int m : members) {
            evaluator.set(pkg, m, Position.SUPPORT);
        }
        boolean passes = passesNow(pkg);
        for (int m : members) {
            evaluator.set(pkg, m, null);
        }
        return passes;
    }

    private boolean passesNow(int pkg) {
        evaluations++;
        evaluator.settle();
        return evaluator.passed(pkg);
    }

    /** The next combination of {@code pick.length} indices below n in lexicographic order; false after the last. */
    private static boolean next(int[] pick, int n) {
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

    private List<CountryCode> codes(List<Integer> members) {
        return members.stream().map(evaluator.members()::get).sorted().toList();
    }
}
