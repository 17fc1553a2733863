package org.aidsim.cli;

import java.util.Arrays;
import java.util.Set;
import org.aidsim.api.RuleFolders;
import org.aidsim.engine.ActionDialect;
import org.aidsim.engine.RuleFolder;

/**
 * Guesses, from the raw arguments, whether the command will compile the default rules folder, and if so starts
 * compiling it (or reading it from the compiled-rules cache) and reading its reference data, each on a thread of its
 * own, before picocli parses anything. A wrong guess costs only a little work on the other core.
 */
final class Prefetch {
    private static final Set<String> SHORT = Set.of("run", "check", "test", "diff", "batch");
    private static final Set<String> THROUGHPUT = Set.of("sweep", "pivots", "bench");

    private Prefetch() {
    }

    static void rulesFor(String[] args) {
        if (args.length == 0 || Arrays.stream(args).anyMatch(Prefetch::preventsPrefetch)) {
            return;
        }
        // check compiles from the DRL whatever the compiled-rules cache holds; the others may read it.
        boolean cached = !args[0].equals("check");
        if (SHORT.contains(args[0])) {
            RuleFolders.prefetch(RuleFolder.defaultLocation(), ActionDialect.MVEL, cached);
        } else if (THROUGHPUT.contains(args[0])) {
            RuleFolders.prefetch(RuleFolder.defaultLocation(), ActionDialect.JAVA, cached);
        }
    }

    private static boolean preventsPrefetch(String arg) {
        return arg.startsWith("--rules") || arg.equals("-h") || arg.equals("--help") || arg.equals("-V")
                || arg.equals("--version");
    }
}
