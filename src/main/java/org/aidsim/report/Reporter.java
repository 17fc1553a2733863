package org.aidsim.report;

import java.util.List;
import org.aidsim.model.Mismatch;
import org.aidsim.model.ScenarioResult;

/** Renders scenario results; one implementation per output format. */
public interface Reporter {
    /** The whole output for these runs, each with the mismatches against its {@code expect} block. */
    String render(List<Run> runs, boolean explain);

    record Run(ScenarioResult result, List<Mismatch> mismatches) {
    }
}
