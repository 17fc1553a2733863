package org.aidsim.engine;

import java.nio.file.Path;
import org.aidsim.model.Institutions;

/**
 * Reads a rules folder's parameters.yaml and reference/ files (rosters, populations) into {@link Institutions}.
 * The engine reads no YAML itself: the reader lives in scenario/ and the command line hands it to
 * {@link RuleFolder#load(Path, ActionDialect, ReferenceSource)}, which calls it while the DRL compiles on the other
 * core. {@code folderShownAs} is how messages name the folder as a prefix of its files ("rules/", "the packaged
 * rules' "). Bad reference data is reported by throwing {@link RulesException}, one line per problem, each naming
 * the file and field.
 */
@FunctionalInterface
public interface ReferenceSource {
    Institutions read(Path dir, String folderShownAs);
}
