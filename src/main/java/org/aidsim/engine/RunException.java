package org.aidsim.engine;

/** A run that could not finish: the firing limit was hit, or a rule's action failed. */
public class RunException extends RuntimeException {
    public RunException(String message, Throwable cause) {
        super(message, cause);
    }

    public RunException(String message) {
        super(message);
    }
}
