package org.aidsim.report;

import java.util.List;
import org.aidsim.model.Mismatch;
import org.aidsim.model.ScenarioResult;

/** Renders scenario results; one implementation per output format. */
public interface Reporter {
    /** The whole output for these runs, each with the mismatches against its {@code expect} block. */
    String render(List<Run> runs, boolean explain);

    /**
     * One scenario's result and its mismatches against its {@code expect} block; {@code expectChecked} is false when
     * the run changed the scenario (--set, --with, --as-of), so the file's expectations were not meant for it.
     */
    record Run(ScenarioResult result, List<Mismatch> mismatches, boolean expectChecked) {
        public Run(ScenarioResult result, List<Mismatch> mismatches) {
            this(result, mismatches, true);
        }

        public static Run unchecked(ScenarioResult result) {
            return new Run(result, List.of(), false);
        }
    }
}
