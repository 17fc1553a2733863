package org.aidsim.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Decision;
import org.aidsim.model.Verdict;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;

/**
 * Each package's current {@link Decision}s, kept as the engine inserts and retracts them, and the one reading of a
 * verdict from them: undecided without a decision, conflict when decisions disagree (in any order), else their
 * verdict. Kept by listening rather than read from the session, so that a what-if reads a verdict without
 * scanning the session's facts after every profile.
 */
final class Decisions extends DefaultRuleRuntimeEventListener {
    private final Map<String, List<Decision>> byPackage = new HashMap<>();

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getObject() instanceof Decision d) {
            byPackage.computeIfAbsent(d.packageId(), k -> new ArrayList<>()).add(d);
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        if (event.getOldObject() instanceof Decision d) {
            List<Decision> made = byPackage.get(d.packageId());
            if (made != null) {
                made.removeIf(x -> x == d);
            }
        }
    }

    /** The package's verdict from its current decisions. */
    Verdict verdict(String packageId) {
        return verdict(byPackage.getOrDefault(packageId, List.of()));
    }

    /** Every member a current decision on the package names as blocking it, sorted. */
    List<CountryCode> blockers(String packageId) {
        return blockers(prevailing(byPackage.getOrDefault(packageId, List.of())));
    }

    /** Undecided without a decision, conflict when decisions disagree (in any order), else their verdict. */
    static Verdict verdict(List<Decision> decisions) {
        List<Decision> standing = prevailing(decisions);
        if (standing.isEmpty()) {
            return Verdict.UNDECIDED;
        }
        return disagree(standing) ? Verdict.CONFLICT : standing.get(0).verdict();
    }

    /**
     * The decisions that stand: only the lapses when the package lapsed (rules/procedures/lapse.drl: a package adopted
     * and in force until a date, not renewed in time, is lapsed whatever decided its adoption), else all of them.
     */
    static List<Decision> prevailing(List<Decision> decisions) {
        List<Decision> lapses = decisions.stream().filter(d -> d.verdict() == Verdict.LAPSED).toList();
        return lapses.isEmpty() ? decisions : lapses;
    }

    static boolean disagree(List<Decision> decisions) {
        Verdict first = decisions.get(0).verdict();
        for (Decision d : decisions) {
            if (d.verdict() != first) {
                return true;
            }
        }
        return false;
    }

    static List<CountryCode> blockers(List<Decision> decisions) {
        return decisions.stream().flatMap(d -> d.blockers().stream()).sorted().distinct().toList();
    }
}
