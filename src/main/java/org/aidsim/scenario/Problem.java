package org.aidsim.scenario;

import java.nio.file.Path;

/**
 * One thing wrong with an input file, printed as {@code file:line:column: field: message}. Line and column are 0
 * when unknown; the field path is empty for problems with the whole file.
 */
public record Problem(String file, int line, int column, String field, String message) {

    public static Problem ofFile(Path file, String message) {
        return new Problem(file.toString(), 0, 0, "", message);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ");
        if (!field.isEmpty()) {
            out.append(field).append(": ");
        }
        return out.append(message).toString();
    }
}
