package org.aidsim.report;

/** Turns a command's {@link Report} into what is printed: a built-in {@link OutputFormat} or a {@link FormatFile}. */
public interface Renderer {
    /** The whole output for {@code report}, ending in a newline unless empty. */
    String render(Report report);
}
