package org.aidsim.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The SHA-256 that names a rules folder's content, for the compiled-rules cache and the shipped executable model. */
final class FolderDigest {
    private FolderDigest() {
    }

    /**
     * The SHA-256, in hex, of {@code header} followed by each of {@code files} (paths relative to {@code dir}, in the
     * order given): its path with '/' separators, its length in bytes and its bytes. Throws {@link IOException} when
     * a file cannot be read.
     */
    static String of(String header, Path dir, List<Path> files) throws IOException {
        MessageDigest digest = sha256();
        digest.update(header.getBytes(StandardCharsets.UTF_8));
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            digest.update((slashed(file) + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
        }
        return hex(digest.digest());
    }

    /** A relative path with '/' between its names, whatever the file system. */
    static String slashed(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
