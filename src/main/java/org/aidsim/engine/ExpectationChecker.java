package org.aidsim.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aidsim.model.DisbursementPlan;
import org.aidsim.model.CoalitionExpectation;
import org.aidsim.model.CoalitionResult;
import org.aidsim.model.Expectation;
import org.aidsim.model.PoolState;
import org.aidsim.model.TrancheResult;
import org.aidsim.model.Mismatch;
import org.aidsim.model.PackageResult;
import org.aidsim.model.RuleBook;
import org.aidsim.model.ScenarioResult;

/** Compares a run with its scenario's {@code expect} block; only the fields a scenario states are checked. */
public final class ExpectationChecker {
    private ExpectationChecker() {
    }

    public static List<Mismatch> check(ScenarioResult result) {
        List<Mismatch> out = new ArrayList<>();
        result.scenario().expectations().forEach((id, expected) ->
                result.aidPackage(id).ifPresent(actual -> checkPackage(id, expected, actual, result.ruleBook(), out)));
        result.scenario().expectations().forEach((id, expected) -> expected.tranches().forEach((tranche, e) ->
                result.disbursement().tranche(id, tranche).ifPresent(actual -> checkTranche(id + ".tranches." + tranche, e, actual, out))));
        result.scenario().disbursement().poolExpectations().forEach((id, e) ->
                result.disbursement().pool(id).ifPresent(actual -> checkPool("pools." + id, e, actual, out)));
        result.scenario().coalitionExpectations().forEach((id, expected) ->
                result.coalition(id).ifPresent(actual -> checkCoalition(id, expected, actual, result.ruleBook(), out)));
        return out;
    }

    private static void checkCoalition(String id, CoalitionExpectation e, CoalitionResult actual, RuleBook book,
                                       List<Mismatch> out) {
        String at = "coalitions." + id;
        compare(out, at + ".active", e.active(), actual.active());
        compare(out, at + ".target-met", e.targetMet(), actual.targetMet());
        compare(out, at + ".leads", e.leads(), actual.leads());
        compare(out, at + ".members", e.members(), actual.members());
        compare(out, at + ".pledged", e.pledged(), actual.pledged());
        checkFired(out, at, e.fired(), actual.rulesFired(), book);
    }

    private static void checkPackage(String id, Expectation e, PackageResult actual, RuleBook book, List<Mismatch> out) {
        compare(out, id + ".passed", e.passed(), actual.passed());
        compare(out, id + ".outcome", e.outcome() == null ? null : e.outcome().word(), actual.verdict().word());
        compare(out, id + ".blockers", e.blockers(), actual.blockers());
        compare(out, id + ".exempt", e.exempt(), actual.exempt());
        compare(out, id + ".depends-on", e.dependsOn(), actual.dependsOn());
        checkFired(out, id, e.fired(), actual.rulesFired(), book);
    }

    /** {@code expected} names each rule by its id or its name; {@code fired} holds names. */
    private static void checkFired(List<Mismatch> out, String at, List<String> expected, List<String> fired, RuleBook book) {
        if (expected != null) {
            List<String> missing = expected.stream().filter(r -> !fired.contains(book.nameOf(r))).toList();
            if (!missing.isEmpty()) {
                out.add(new Mismatch(at + ".fired", quoted(missing) + " fired", "not fired"));
            }
        }
    }

    private static void checkTranche(String field, Expectation.TrancheExpectation e, TrancheResult actual, List<Mismatch> out) {
        compare(out, field + ".status", e.status() == null ? null : e.status().word(), actual.status().word());
        compare(out, field + ".amount", e.amount(), actual.tranche().amount());
        compare(out, field + ".date", e.date(), actual.date());
    }

    private static void checkPool(String field, DisbursementPlan.PoolExpectation e, PoolState actual, List<Mismatch> out) {
        compare(out, field + ".balance", e.balance(), actual.balance());
        compare(out, field + ".inflows", e.inflows(), actual.inflows());
        compare(out, field + ".released", e.released(), actual.released());
    }

    private static void compare(List<Mismatch> out, String field, Object expected, Object actual) {
        if (expected != null && !Objects.equals(expected, actual)) {
            out.add(new Mismatch(field, String.valueOf(expected), String.valueOf(actual)));
        }
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }
}
