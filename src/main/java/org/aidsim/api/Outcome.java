package org.aidsim.api;

import java.util.List;
import java.util.Optional;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Mismatch;
import org.aidsim.model.PackageResult;
import org.aidsim.model.ScenarioResult;
import org.aidsim.report.Json;
import org.aidsim.report.Reporter;
import org.aidsim.report.RunReport;

/**
 * What one run of one scenario decided, as {@code aidsim run} reports it.
 *
 * @param result        the full result: every package's verdict, votes, blockers, reasons and rules fired, the
 *                      coalitions, tranches, pools and timeline (see {@link ScenarioResult})
 * @param mismatches    where the result differs from the scenario's {@code expect} block (field path, expected,
 *                      actual); empty when it meets it, or when it was not checked
 * @param expectChecked whether the expect block was checked (not for an as-of what-if)
 */
public record Outcome(ScenarioResult result, List<Mismatch> mismatches, boolean expectChecked) {
    public Outcome {
        mismatches = List.copyOf(mismatches);
    }

    /** The scenario's name, from its file. */
    public String scenarioName() {
        return result.scenario().name();
    }

    /** Every package's result, in the scenario's order. */
    public List<PackageResult> packages() {
        return result.packages();
    }

    /**
     * The verdict of the package {@code packageId} as the reports spell it ("ADOPTED", "BLOCKED", ...). Throws
     * IllegalArgumentException naming the scenario's packages when it has no package of that id.
     */
    public String verdict(String packageId) {
        return aidPackage(packageId).verdict().name();
    }

    /**
     * The members that blocked the package {@code packageId}, as two-letter codes in the order the reports print them ([HU]);
     * empty when none did. Throws IllegalArgumentException as {@link #verdict} does.
     */
    public List<String> blockers(String packageId) {
        return aidPackage(packageId).blockers().stream().map(CountryCode::code).toList();
    }

    private PackageResult aidPackage(String packageId) {
        Optional<PackageResult> found = result.aidPackage(packageId);
        return found.orElseThrow(() -> new IllegalArgumentException("no package '" + packageId + "' in scenario '"
                + scenarioName() + "'; its packages: " + String.join(", ", packages().stream().map(PackageResult::id).toList())));
    }

    /** Whether every expectation held (true also when there was none, or it was not checked). */
    public boolean meetsExpectations() {
        return mismatches.isEmpty();
    }

    /** The text report {@code aidsim run} prints for this scenario. */
    public String text() {
        return report().text();
    }

    /** The JSON document {@code aidsim run --format json} prints for this scenario (pretty, ending in a newline). */
    public String json() {
        return Json.pretty(report().documents().get(0));
    }

    private RunReport report() {
        return new RunReport(List.of(new Reporter.Run(result, mismatches, expectChecked)), false);
    }
}
