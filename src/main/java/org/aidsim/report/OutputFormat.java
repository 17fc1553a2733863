package org.aidsim.report;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every built-in value of {@code --format}, one type for all commands so the help, the completion script and the
 * error for a wrong value read the same everywhere, and the one place a {@link Report} becomes text, JSON or CSV.
 * A command takes only some of them: its option names one of the candidate lists below (what completion offers and
 * the help lists). {@code run} also takes the name of a format file ({@link FormatFile}).
 */
public enum OutputFormat implements Renderer {
    text, json, jsonl, csv;

    @Override
    public String render(Report report) {
        return switch (this) {
            case text -> report.text();
            case json -> report.documents().stream().map(Json::pretty).collect(Collectors.joining());
            case jsonl -> report.lines().stream().map(Json::line).collect(Collectors.joining());
            case csv -> report.csv();
        };
    }

    /** The built-in format of this name in any case ("JSON" is json), or null when there is none. */
    public static OutputFormat named(String name) {
        for (OutputFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        return null;
    }

    /** The formats of a command with one report: diff, pivots. */
    public static final class TextJson extends Candidates {
        public TextJson() {
            super(text, json);
        }
    }

    /** The formats of a command that reads several files: run, test, check. */
    public static final class TextJsonLines extends Candidates {
        public TextJsonLines() {
            super(text, json, jsonl);
        }
    }

    /** The formats of sweep, whose rows also read as CSV. */
    public static final class TextJsonCsv extends Candidates {
        public TextJsonCsv() {
            super(text, json, csv);
        }
    }

    /** A command's formats as picocli's completion candidates (an {@link Iterable} of names with a no-argument constructor). */
    public abstract static class Candidates implements Iterable<String> {
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
