package org.aidsim.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads an input file (scenario, overlay, rules parameters, reference data) as UTF-8 text, refusing with a
 * message a user can act on whatever is not a regular text file within {@link #MAX_BYTES}: a missing path, a
 * folder, a named pipe (reading one would wait forever), a file past the size limit, bytes that are not UTF-8.
 * Every failure is an {@link InputException}; no exception text or class name reaches the user.
 */
public final class InputFiles {
    /**
     * The largest file read, in bytes: 8 MiB. A shipped scenario is a few KB and one with 5,000 packages under
     * 1 MB; the limit keeps a mistaken argument (a log, a disk image) from filling memory.
     */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private InputFiles() {
    }

    /** How a command line names standard input in place of a file: {@code -}. */
    public static final String STANDARD_INPUT = "-";

    /** How problems and reports name standard input, which has no path. */
    public static final String STANDARD_INPUT_NAME = "<stdin>";

    /** True when {@code file} is {@code -}, standard input. */
    public static boolean isStandardInput(Path file) {
        return file.toString().equals(STANDARD_INPUT);
    }

    /**
     * Everything on standard input as UTF-8 text, under the same limits as a file ({@link #MAX_BYTES}, strict
     * UTF-8, a byte-order mark dropped); problems name it {@code <stdin>}.
     */
    static String readStandardInput() {
        Path name = Path.of(STANDARD_INPUT_NAME);
        byte[] bytes;
        try {
            bytes = System.in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new InputException(problem(name, e));
        }
        if (bytes.length > MAX_BYTES) {
            throw new InputException(Problem.ofFile(name, String.format(Locale.ROOT, "more than the limit of %,d bytes "
                    + "(8 MiB) for one input; it is not malformed, only too large to read", MAX_BYTES)));
        }
        String text = utf8(name, bytes);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The file's text, a leading byte-order mark dropped; throws {@link InputException} with the reason otherwise. */
    static String readText(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new InputException(problem(file, e));
        }
        if (attributes.isDirectory()) {
            throw new InputException(Problem.ofFile(file, "is a folder; expected a file ending in .yaml, .yml or .json"));
        }
        if (!attributes.isRegularFile()) {
            throw new InputException(Problem.ofFile(file, "not a regular file (a named pipe, device or socket); "
                    + "aidsim reads only regular files"));
        }
        if (attributes.size() > MAX_BYTES) {
            throw new InputException(Problem.ofFile(file, String.format(Locale.ROOT, "the file has %,d bytes, more than "
                    + "the limit of %,d bytes (8 MiB) for one input file; it is not malformed, only too large to read",
                    attributes.size(), MAX_BYTES)));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(problem(file, e));
        }
        String text = utf8(file, bytes);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** What went wrong reading {@code file}, said without exception names; the path is the one the system names. */
    public static Problem problem(Path file, IOException e) {
        Path at = e instanceof FileSystemException fs && fs.getFile() != null ? Path.of(fs.getFile()) : file;
        if (e instanceof AccessDeniedException) {
            return Problem.ofFile(at, "permission denied; aidsim needs read access here");
        }
        if (e instanceof NoSuchFileException) {
            return Problem.ofFile(at, "no such file or folder");
        }
        if (e instanceof NotDirectoryException) {
            return Problem.ofFile(at, "not a folder");
        }
        if (e instanceof FileSystemLoopException) {
            return Problem.ofFile(at, "a symbolic link here leads back into a folder that contains it");
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        return Problem.ofFile(at, "cannot be read" + (reason == null || reason.isBlank() ? "" : ": " + reason));
    }

    /** Decodes strictly: the first byte that is not UTF-8 is reported with its offset, line and column. */
    private static String utf8(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int lineStart = 0;
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw new InputException(new Problem(file.toString(), line, column, "", String.format(Locale.ROOT,
                    "not UTF-8 text: byte 0x%02X at byte offset %d is not valid UTF-8; a scenario file is UTF-8 text",
                    bytes[offset] & 0xff, offset)));
        }
        return out.flip().toString();
    }
}
