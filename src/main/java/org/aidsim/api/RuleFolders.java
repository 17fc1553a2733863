package org.aidsim.api;

import java.nio.file.Path;
import java.util.Optional;
import org.aidsim.engine.ActionDialect;
import org.aidsim.engine.ReferenceSource;
import org.aidsim.engine.RuleFolder;
import org.aidsim.engine.RuleSet;
import org.aidsim.engine.RulesException;
import org.aidsim.model.Institutions;
import org.aidsim.scenario.InputException;
import org.aidsim.scenario.ReferenceReader;

/**
 * Where the two halves of a rules folder meet: {@link RuleFolder} (engine/) compiles the DRL while
 * {@link ReferenceReader} (scenario/) reads parameters.yaml and reference/ (or, for the shipped files, their
 * {@link ReferenceSnapshot}, built into the jar). Joining them here (used by the command line and the library alike)
 * keeps the engine free of scenario/ (files -> scenario -> model -> engine -> report -> cli). Bad reference data
 * becomes a {@link RulesException} (exit 4), one line per problem with its file and field path.
 */
public final class RuleFolders {
    /** One reader object, so that a load recognises the reading {@link #prefetch} started with it. */
    private static final ReferenceSource REFERENCE = RuleFolders::reference;

    private RuleFolders() {
    }

    /** Loads with MVEL actions, the fastest to start; see {@link ActionDialect}. */
    public static RuleSet load(Path dir) {
        return load(dir, ActionDialect.MVEL);
    }

    /** Loads {@code dir} (DRL files, parameters.yaml, reference/) with the given rule-action dialect. */
    public static RuleSet load(Path dir, ActionDialect dialect) {
        return RuleFolder.load(dir, dialect, REFERENCE);
    }

    /**
     * As {@link #load(Path, ActionDialect)}, reading an earlier compile from the compiled-rules cache when one matches
     * the folder's content (see {@link RuleFolder#loadCached}); the command line's way, which then calls
     * {@link RuleFolder#writeCaches()}.
     */
    public static RuleSet loadCached(Path dir, ActionDialect dialect) {
        return RuleFolder.loadCached(dir, dialect, REFERENCE);
    }

    /**
     * Starts compiling {@code dir} (read from the compiled-rules cache when {@code cached}) and reading its
     * parameters.yaml and reference/, each on a thread of its own, before the caller knows it will load the folder:
     * the command line calls it before parsing its arguments. The next {@link #load} or {@link #loadCached} of the
     * same folder and dialect takes both over; problems surface there, as a load without a prefetch reports them.
     * What it takes over is the folder as it was when prefetched: call it only just before the load.
     */
    public static void prefetch(Path dir, ActionDialect dialect, boolean cached) {
        RuleFolder.prefetch(dir, dialect, cached, REFERENCE);
    }

    /** The shipped rules' reference data from its snapshot when the folder holds those very files, else read. */
    private static Institutions reference(Path dir, String folderShownAs) {
        Optional<Institutions> shipped = ReferenceSnapshot.of(dir, folderShownAs);
        if (shipped.isPresent()) {
            return shipped.get();
        }
        try {
            return ReferenceReader.read(dir, folderShownAs);
        } catch (InputException e) {
            throw new RulesException(e.problems().stream().map(Object::toString).toList());
        }
    }
}
