package org.aidsim.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Files of a rules folder as a build saw them, shipped in the jar so that a run can tell, byte for byte, whether a
 * folder still holds exactly those files: what the build made from them (the rules' executable model, the reference
 * data's snapshot) then stands for them. The build writes one {@code file LENGTH<tab>PATH} line per file into its
 * index (length in bytes; path relative to the folder, '/'-separated) and the files' bytes one after another into a
 * resource beside it. A folder may be listed too, as its path with a '/' at the end and length 0: it must then be a
 * folder (not a link to one), and an added empty folder is a difference. Comparing bytes rather than hashing is exact, and cheaper this early in a run, when the
 * interpreter would run the hash (issue 13, docs/notes/issue-13-cold-start.md round 9).
 *
 * @param files   the files' paths relative to the folder, '/'-separated, in the order the build listed them
 * @param lengths each file's length in bytes, in the same order
 */
public record ShippedCopy(List<String> files, List<Integer> lengths) {
    private static final String FILE = "file ";

    public ShippedCopy {
        files = List.copyOf(files);
        lengths = List.copyOf(lengths);
        if (files.size() != lengths.size()) {
            throw new IllegalArgumentException(files.size() + " files but " + lengths.size() + " lengths");
        }
    }

    /**
     * The bytes a copy holds of {@code path}: none for a folder, else the file's. Throws {@link IOException} when it
     * cannot be read.
     */
    public static byte[] read(Path path) throws IOException {
        return isFolder(path) ? new byte[0] : Files.readAllBytes(path);
    }

    /** The bytes a copy holds of each of {@code paths}, in order (see {@link #read(Path)}). */
    public static List<byte[]> readAll(List<Path> paths) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        for (Path path : paths) {
            contents.add(read(path));
        }
        return contents;
    }

    /**
     * Writes {@code contents} one after another to {@code sources}: the resource a run compares a folder's files with
     * ({@link #matches}). Throws {@link IOException} when it cannot be written.
     */
    public static void writeSources(Path sources, List<byte[]> contents) throws IOException {
        try (OutputStream out = Files.newOutputStream(sources)) {
            for (byte[] content : contents) {
                out.write(content);
            }
        }
    }

    /** The copy of {@code contents}, the bytes of {@code files} in that order (see {@link #read}). */
    public static ShippedCopy of(List<String> files, List<byte[]> contents) {
        return new ShippedCopy(files, contents.stream().map(c -> c.length).toList());
    }

    /** The index lines: {@code file LENGTH<tab>PATH} per file, each ending in a newline. */
    public String indexLines() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            out.append(FILE).append(lengths.get(i)).append('\t').append(files.get(i)).append('\n');
        }
        return out.toString();
    }

    /** Whether an index line is a file line (the other lines of an index are its own business). */
    public static boolean isFileLine(String line) {
        return line.startsWith(FILE);
    }

    /**
     * The copy the file lines of {@code lines} describe (other lines are skipped), or null when one of them is not
     * {@code file LENGTH<tab>PATH} with a count for a length.
     */
    public static ShippedCopy parse(List<String> lines) {
        List<String> files = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (String line : lines) {
            if (!isFileLine(line)) {
                continue;
            }
            String[] parts = line.substring(FILE.length()).split("\t", 2);
            Integer length = parts.length == 2 ? count(parts[0]) : null;
            if (length == null) {
                return null;
            }
            lengths.add(length);
            files.add(parts[1]);
        }
        return new ShippedCopy(files, lengths);
    }

    /**
     * A file's path relative to {@code dir}, '/'-separated whatever the file system, with a '/' at the end for a
     * folder: how an index names it.
     */
    public static String relative(Path dir, Path file) {
        return FolderDigest.slashed(dir.relativize(file)) + (isFolder(file) ? "/" : "");
    }

    private static boolean isFolder(Path path) {
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** A count written in an index, or null when the text is none. */
    public static Integer count(String text) {
        try {
            int n = Integer.parseInt(text);
            return n < 0 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Whether {@code found} (files of {@code dir}, in the order the build would list them) are this copy's files,
     * each byte for byte the same as in {@code resource} (a resource name beside this class, holding the bytes one
     * after another). False when the resource is missing. Throws {@link IOException} when a file cannot be read.
     */
    public boolean matches(String resource, Path dir, List<Path> found) throws IOException {
        if (!found.stream().map(f -> relative(dir, f)).toList().equals(files)) {
            return false;
        }
        byte[] sources;
        try (InputStream in = ShippedCopy.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            sources = in.readAllBytes();
        }
        int at = 0;
        for (int i = 0; i < found.size(); i++) {
            int length = lengths.get(i);
            if (files.get(i).endsWith("/")) {
                if (length != 0) {
                    return false;
                }
                continue;
            }
            byte[] bytes = Files.readAllBytes(found.get(i));
            if (bytes.length != length || at + length > sources.length
                    || !Arrays.equals(bytes, 0, length, sources, at, at + length)) {
                return false;
            }
            at += length;
        }
        return at == sources.length;
    }
}
