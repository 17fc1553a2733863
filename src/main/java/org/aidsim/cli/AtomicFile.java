package org.aidsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Writes a report file whole or not at all: a reader never sees half a report, a failed run leaves the old one. */
final class AtomicFile {
    private AtomicFile() {
    }

    /**
     * Writes {@code text} as UTF-8 to a new file beside {@code target} and moves it into place, replacing any file
     * there; a failure is a usage error (exit 2) naming {@code option} and {@code target}.
     */
    static void write(Path target, String text, String option) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            // Not Files.createTempFile: it makes the file 0600 whatever the umask, and the move keeps that mode,
            // so a CI's other users could not read the report. A plain new file gets the umask's permissions.
            Path temp = dir.resolve(".aidsim-" + UUID.randomUUID() + ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new AidsimException(ExitCodes.USAGE, "aidsim: " + option + " " + target + ": cannot be written: " + e.getMessage());
        }
    }
}
