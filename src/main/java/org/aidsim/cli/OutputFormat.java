package org.aidsim.cli;

import org.aidsim.report.JsonReporter;
import org.aidsim.report.Reporter;
import org.aidsim.report.TextReporter;

/** The formats --format takes. */
enum OutputFormat {
    text, json;

    Reporter reporter() {
        return this == json ? new JsonReporter() : new TextReporter();
    }
}
