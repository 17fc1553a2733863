package org.aidsim.cli;

/** A failure a command reports to the user as a message and an exit code from {@link ExitCodes}. */
public class AidsimException extends RuntimeException {
    private final int exitCode;

    public AidsimException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
