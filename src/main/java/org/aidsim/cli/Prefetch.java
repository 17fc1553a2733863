package org.aidsim.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.aidsim.api.RuleFolders;
import org.aidsim.engine.ActionDialect;
import org.aidsim.engine.RuleFolder;

/**
 * Guesses, from the raw arguments, whether the command will compile a rules folder (the one {@code --rules} names,
 * else the default), and if so starts
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
        Optional<Path> folder = folder(args);
        if (folder.isEmpty()) {
            return;
        }
        // check compiles from the DRL whatever the compiled-rules cache holds; the others may read it.
        boolean cached = !args[0].equals("check");
        if (SHORT.contains(args[0])) {
            RuleFolders.prefetch(folder.get(), ActionDialect.MVEL, cached);
        } else if (THROUGHPUT.contains(args[0])) {
            RuleFolders.prefetch(folder.get(), ActionDialect.JAVA, cached);
        }
    }

    /** The folder named by {@code --rules DIR} or {@code --rules=DIR}, else the default; empty when it is no path. */
    private static Optional<Path> folder(String[] args) {
        try {
            Path folder = null;
            for (int i = 1; i < args.length; i++) {
                if (args[i].equals("--rules") && i + 1 < args.length) {
                    folder = Path.of(args[i + 1]);
                } else if (args[i].startsWith("--rules=")) {
                    folder = Path.of(args[i].substring("--rules=".length()));
                }
            }
            return Optional.of(folder != null ? folder : RuleFolder.defaultLocation());
        } catch (RuntimeException e) {
            // Not a path, or no folder at all: the command reports it once it parses its arguments.
            return Optional.empty();
        }
    }

    private static boolean preventsPrefetch(String arg) {
        return arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version");
    }
}
