package org.aidsim.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.aidsim.engine.ShippedCopy;
import org.aidsim.model.Institutions;
import org.aidsim.scenario.ReferenceReader;

/**
 * The shipped rules' reference data (parameters.yaml and reference/) as code: {@link ReferenceSnapshotBuild} reads
 * the checkout's {@code rules/} at build time with {@link ReferenceReader} and writes a class that constructs the very
 * {@link Institutions} it read, with the files it read from ({@link ShippedCopy}, index {@value #INDEX}). A rules
 * folder whose parameters.yaml and reference/ files are those, byte for byte (the checkout's own {@code rules/}, the
 * jar's packaged copy, or any copy of them), gets its Institutions from that class: no YAML parsed, no Jackson bound.
 * Reading them cost a cold run about 0.16 s of CPU on a third thread while both cores were busy compiling and
 * parsing the command line (issue 13, docs/notes/issue-13-cold-start.md round 10).
 *
 * <p>Never an error: a missing index or class, a file or folder added, removed or edited, a link, a class that does
 * not load, all mean "not this data", and the caller reads the folder (which reports any problem in it). The system
 * property {@code aidsim.reference.snapshot=off} turns it off (tests compare both ways; through the launcher,
 * {@code JAVA_TOOL_OPTIONS=-Daidsim.reference.snapshot=off}).
 */
final class ReferenceSnapshot {
    static final String INDEX = "/aidsim/reference-snapshot.txt";
    /** The files the snapshot was made from, their bytes one after another (the index gives each one's length). */
    static final String SOURCES = "/aidsim/reference-snapshot.sources";
    static final String MAGIC = "aidsim reference snapshot 1";
    /** The generated class: a {@code Function<String, Institutions>} of the folder as messages name it. */
    static final String CLASS = "org.aidsim.api.ShippedReferenceData";

    private ReferenceSnapshot() {
    }

    /** False when the system property {@code aidsim.reference.snapshot} is {@code off}. */
    static boolean enabled() {
        return !"off".equalsIgnoreCase(System.getProperty("aidsim.reference.snapshot", "").strip());
    }

    /**
     * The shipped Institutions when {@code dir}'s parameters.yaml and reference/ are the files they were read from;
     * empty otherwise, or when anything about the snapshot is amiss.
     *
     * @param folderShownAs how messages name the folder as a prefix of its files ("rules/", "the packaged rules' ")
     */
    static Optional<Institutions> of(Path dir, String folderShownAs) {
        if (!enabled()) {
            return Optional.empty();
        }
        try (InputStream in = ReferenceSnapshot.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                return Optional.empty();
            }
            List<String> lines = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
            ShippedCopy copy = lines.isEmpty() || !lines.get(0).equals(MAGIC) ? null : ShippedCopy.parse(lines);
            if (copy == null || !copy.matches(SOURCES, dir, files(dir))) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            Function<String, Institutions> data = (Function<String, Institutions>) Class.forName(CLASS, true,
                    ReferenceSnapshot.class.getClassLoader()).getDeclaredConstructor().newInstance();
            return Optional.of(data.apply(folderShownAs));
        } catch (Exception | LinkageError e) {
            return Optional.empty();
        }
    }

    /**
     * What {@link ReferenceReader} may read in {@code dir}: parameters.yaml (when there) and everything under
     * reference/, files and folders, in the order of their '/'-separated relative paths. Throws {@link IOException}
     * when the folder cannot be listed, or holds anything else (a link, which a copy cannot stand for, is read).
     */
    static List<Path> files(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        Path parameters = dir.resolve("parameters.yaml");
        if (Files.isRegularFile(parameters, LinkOption.NOFOLLOW_LINKS)) {
            files.add(parameters);
        }
        Path reference = dir.resolve("reference");
        if (Files.isDirectory(reference, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> walk = Files.walk(reference)) {
                for (Path p : walk.filter(p -> !p.equals(reference)).toList()) {
                    boolean plain = Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                            || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
                    if (!plain) {
                        throw new IOException(p + ": neither a plain file nor a folder");
                    }
                    files.add(p);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        files.sort(Comparator.comparing(f -> ShippedCopy.relative(dir, f)));
        return files;
    }
}
