package org.aidsim.tester;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aidsim.report.Json;
import org.aidsim.model.Expectation;
import org.aidsim.model.Mismatch;
import org.aidsim.model.ScenarioResult;
import org.aidsim.report.JsonReporter;
import org.aidsim.report.Reporter;

/**
 * Compares a run with its scenario's {@code expect} block: each expectation is a part of the document
 * {@code run --format json} prints, matched against it by {@link PartialMatch}. Package expectations are named by
 * the package id ({@code ukraine-facility.passed}), the others by {@code coalitions.ID} and {@code pools.ID}.
 */
public final class ExpectationChecker {
    private ExpectationChecker() {
    }

    /**
     * The run as reports show it: checked against its expect block, or, for a what-if ({@code --set}/{@code --with}
     * changed the scenario, so its expectations no longer describe it), marked as not checked.
     */
    public static Reporter.Run judged(ScenarioResult result, boolean whatIf) {
        return whatIf ? Reporter.Run.unchecked(result) : new Reporter.Run(result, check(result));
    }

    /** Every mismatch, packages first (in id order), then coalitions, then pools; empty when all are met. */
    public static List<Mismatch> check(ScenarioResult result) {
        List<Mismatch> out = new ArrayList<>();
        if (!result.scenario().hasExpectations() && result.scenario().disbursement().poolExpectations().isEmpty()) {
            return out;
        }
        JsonNode printed = Json.tree(JsonReporter.document(Reporter.Run.unchecked(result), false));
        match("", printed.get("packages"), result.scenario().expectations(), out);
        match("coalitions", printed.get("coalitions"), result.scenario().coalitionExpectations(), out);
        match("pools", printed.get("pools"), result.scenario().disbursement().poolExpectations(), out);
        return out;
    }

    private static void match(String path, JsonNode printed, Map<String, Expectation> expected, List<Mismatch> out) {
        if (expected.isEmpty()) {
            return;
        }
        Map<String, Object> byId = new java.util.TreeMap<>();
        expected.forEach((id, e) -> byId.put(id, e.fields()));
        PartialMatch.match(path, Json.tree(byId), printed, out);
    }
}
