package org.aidsim.report;

import java.util.List;
import java.util.Map;

/**
 * What {@code run} found: each scenario file's result with its expect check, in the order the files were read.
 *
 * @param explain whether the text and JSON show each package's votes and the rules fired, in order
 */
public record RunReport(List<Reporter.Run> runs, boolean explain) implements Report {
    public RunReport {
        runs = List.copyOf(runs);
    }

    @Override
    public String text() {
        return new TextReporter().render(runs, explain);
    }

    /** One document per file, as {@link JsonReporter#document} builds it. */
    @Override
    public List<Map<String, Object>> documents() {
        return runs.stream().map(run -> JsonReporter.document(run, explain)).toList();
    }
}
