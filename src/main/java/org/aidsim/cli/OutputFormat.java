package org.aidsim.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.aidsim.report.JsonReporter;
import org.aidsim.report.Reporter;
import org.aidsim.report.TextReporter;

/**
 * Every value any {@code --format} takes, one type for all commands so the help, the completion script and the
 * error for a wrong value read the same everywhere. A command takes only some of them: its option names one of
 * the candidate lists below (what completion offers and the help lists) and calls {@link #require} with it.
 */
enum OutputFormat {
    text, json, jsonl, csv;

    Reporter reporter() {
        return switch (this) {
            case json -> new JsonReporter(false);
            case jsonl -> new JsonReporter(true);
            default -> new TextReporter();
        };
    }

    /**
     * This format when {@code accepted} holds it; otherwise a usage error (exit 2) naming the command and what it
     * takes: "sweep --format jsonl: expected text, json or csv".
     */
    OutputFormat require(String command, Iterable<String> accepted) {
        List<String> names = new java.util.ArrayList<>();
        accepted.forEach(names::add);
        if (names.contains(name())) {
            return this;
        }
        String expected = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        throw new AidsimException(ExitCodes.USAGE, "aidsim: " + command + " --format " + name() + ": expected " + expected);
    }

    /** The formats of a command with one report: diff, pivots. */
    static final class TextJson extends Candidates {
        TextJson() {
            super(text, json);
        }
    }

    /** The formats of a command that reads several files: run, test, check. */
    static final class TextJsonLines extends Candidates {
        TextJsonLines() {
            super(text, json, jsonl);
        }
    }

    /** The formats of sweep, whose rows also read as CSV. */
    static final class TextJsonCsv extends Candidates {
        TextJsonCsv() {
            super(text, json, csv);
        }
    }

    /** A command's formats as picocli's completion candidates (an {@link Iterable} of names with a no-argument constructor). */
    abstract static class Candidates implements Iterable<String> {
        private final List<String> names;

        Candidates(OutputFormat... formats) {
            this.names = Arrays.stream(formats).map(Enum::name).toList();
        }

        @Override
        public Iterator<String> iterator() {
            return names.iterator();
        }

        @Override
        public String toString() {
            return names.stream().collect(Collectors.joining(", "));
        }
    }
}
