package org.aidsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
     * there. The folder must exist: a missing one is refused, not created, so a typo in it is not silently
     * honoured. A failure is a usage error (exit 2) naming {@code option}, {@code target} and why, never the
     * temporary file.
     */
    static void write(Path target, String text, String option) {
        Path dir = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw refused(option, target, Files.exists(dir) ? dir + " is not a folder"
                    : "no such folder " + dir + "; create it first or name a file in an existing folder");
        }
        // Not Files.createTempFile: it makes the file 0600 whatever the umask, and the move keeps that mode,
        // so a CI's other users could not read the report. A plain new file gets the umask's permissions.
        Path temp = dir.resolve(".aidsim-" + UUID.randomUUID() + ".tmp");
        try {
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
            throw refused(option, target, "cannot be written: " + reason(e, dir, temp, target));
        }
    }

    private static AidsimException refused(String option, Path target, String why) {
        return new AidsimException(ExitCodes.USAGE, "aidsim: " + option + " " + target + ": " + why);
    }

    /** Why writing failed, in words, with the temporary file's name replaced by the report's. */
    private static String reason(IOException e, Path dir, Path temp, Path target) {
        if (e instanceof AccessDeniedException) {
            return "permission denied in " + dir;
        }
        if (e instanceof NoSuchFileException) {
            // The folder exists (checked above), yet creating a file in it failed: /proc, say.
            return dir + " does not accept new files";
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? "the system refused" : reason.replace(temp.toString(), target.toString());
    }
}
