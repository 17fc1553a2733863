package org.aidsim.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aidsim.model.Expectation;
import org.aidsim.model.Mismatch;
import org.aidsim.model.PackageResult;
import org.aidsim.model.ScenarioResult;

/** Compares a run with its scenario's {@code expect} block; only the fields a scenario states are checked. */
public final class ExpectationChecker {
    private ExpectationChecker() {
    }

    public static List<Mismatch> check(ScenarioResult result) {
        List<Mismatch> out = new ArrayList<>();
        result.scenario().expectations().forEach((id, expected) ->
                result.aidPackage(id).ifPresent(actual -> checkPackage(id, expected, actual, out)));
        return out;
    }

    private static void checkPackage(String id, Expectation e, PackageResult actual, List<Mismatch> out) {
        compare(out, id + ".passed", e.passed(), actual.passed());
        compare(out, id + ".outcome", e.outcome() == null ? null : e.outcome().word(), actual.verdict().word());
        compare(out, id + ".blockers", e.blockers(), actual.blockers());
        compare(out, id + ".exempt", e.exempt(), actual.exempt());
        if (e.fired() != null) {
            List<String> missing = e.fired().stream().filter(r -> !actual.rulesFired().contains(r)).toList();
            if (!missing.isEmpty()) {
                out.add(new Mismatch(id + ".fired", quoted(missing) + " fired", "not fired"));
            }
        }
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
