package org.aidsim.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.aidsim.model.Institutions;
import org.kie.api.KieBase;

/**
 * Finds and loads a rules folder: DRL files anywhere below it, plus parameters.yaml and reference/. Rules are read
 * at run time, so an edit takes effect on the next run without rebuilding.
 */
public final class RuleFolder {
    public static final String DEFAULT = "rules";
    /** Where the jar packages the rules folder (pom.xml's resources), as a resource name. */
    static final String PACKAGED = "/aidsim/rules";
    private static final Map<String, CompletableFuture<Compiled>> PREFETCHED = new ConcurrentHashMap<>();
    private static final Map<String, PrefetchedReference> PREFETCHED_REFERENCE = new ConcurrentHashMap<>();

    private RuleFolder() {
    }

    /** {@code ./rules} when it exists, else the copy packaged in the jar. */
    public static Path defaultLocation() {
        Path local = Path.of(DEFAULT);
        return Files.isDirectory(local) ? local : packaged();
    }

    /**
     * Loads a rules folder: compiles its DRL files in the background with the given action dialect and, meanwhile,
     * has {@code reference} read its parameters.yaml and reference/ files. Throws {@link RulesException} when the
     * folder is missing, holds no .drl file, or its reference data is bad (DRL errors surface when the compile is
     * joined). Always compiles the DRL; {@link #loadCached} may read an earlier compile instead.
     */
    public static RuleSet load(Path dir, ActionDialect dialect, ReferenceSource reference) {
        return load(dir, dialect, reference, false);
    }

    /**
     * As {@link #load}, but takes the compiled rules from the jar's executable model when the folder's DRL files are
     * the ones shipped ({@link ExecutableModel}), else from the compiled-rules cache ({@link RulesCache}) when it holds
     * an entry for the folder's current content; otherwise compiles the DRL as {@link #load} does and keeps the
     * result for {@link #writeCaches()}. The rules fire in the same order every way. For the command line, which
     * calls {@link #writeCaches()} once its output is out; {@code aidsim check} uses {@link #load}.
     */
    public static RuleSet loadCached(Path dir, ActionDialect dialect, ReferenceSource reference) {
        return load(dir, dialect, reference, true);
    }

    private static RuleSet load(Path dir, ActionDialect dialect, ReferenceSource reference, boolean cached) {
        if (!Files.isDirectory(dir)) {
            throw new RulesException(List.of(dir + ": no such rules folder; expected a folder of .drl files with parameters.yaml"));
        }
        List<Path> files = drlFiles(dir);
        if (files.isEmpty()) {
            throw new RulesException(List.of(dir + ": no .drl files in this folder"));
        }
        CompletableFuture<Compiled> compiled = takePrefetched(dir, dialect, cached);
        if (compiled == null) {
            compiled = compileInBackground(dir, files, dialect, cached);
        }
        Institutions institutions = takePrefetchedReference(dir, reference)
                .map(RuleFolder::joinReference)
                .orElseGet(() -> reference.read(dir, referenceShownAs(dir)));
        return new RuleSet(dir.toString(), shownAs(dir), institutions, compiled);
    }

    /**
     * Writes the compiled-rules cache entries of the folders {@link #loadCached} had to compile in this process.
     * Call it once the command's output is out: writing takes a little time, which the output need not wait for.
     * Never fails; a failed write leaves no entry.
     */
    public static void writeCaches() {
        RulesCache.writePending();
    }

    /** Compiled rules, and where they came from. */
    record Compiled(KieBase kieBase, Origin origin) {
    }

    /** Where a folder's compiled rules came from. */
    public enum Origin {
        /** Compiled from the DRL files in this process. */
        DRL,
        /** Read from the compiled-rules cache ({@link RulesCache}): an earlier run's compile of the same folder. */
        CACHE,
        /** The shipped rules' executable model, built into the jar ({@link ExecutableModel}). */
        EXECUTABLE_MODEL
    }

    /**
     * How a report's header names the rules folder: the path as given ("rules/"), or "rules packaged in aidsim
     * 0.1.0" for the copy in the jar, which a run outside a checkout falls back to.
     */
    static String shownAs(Path dir) {
        if (isPackaged(dir)) {
            return "rules packaged in aidsim " + version();
        }
        String path = dir.toString();
        return path.endsWith(dir.getFileSystem().getSeparator()) ? path : path + dir.getFileSystem().getSeparator();
    }

    private static boolean isPackaged(Path dir) {
        URL marker = RuleFolder.class.getResource(PACKAGED + "/parameters.yaml");
        if (marker == null) {
            return false;
        }
        // Rules packaged in a jar live in the jar's own file system: a folder on disk is not them, and answering so
        // without opening that file system spares indexing the jar's ~8,000 entries (about 2.5 MB allocated, 1.7 MB
        // kept for the rest of the run).
        if ("jar".equals(marker.getProtocol()) && dir.getFileSystem() == FileSystems.getDefault()) {
            return false;
        }
        Path packaged = packaged();
        if (packaged.getFileSystem() != dir.getFileSystem()) {
            return false;
        }
        return packaged.toAbsolutePath().normalize().equals(dir.toAbsolutePath().normalize());
    }

    /** The version Maven wrote into the jar (or into target/classes when run from a build). */
    static String version() {
        try (InputStream in = RuleFolder.class.getResourceAsStream("/aidsim/version.txt")) {
            return in == null ? "unknown" : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }


    /**
     * Starts compiling a rules folder before the command line is even parsed; the first {@link #load} of the same
     * folder and dialect ({@link #loadCached} when {@code cached}) takes it over. Building seven picocli commands by
     * reflection costs about 0.1 s of a cold run, and compiling can use that time on the second core. Problems
     * surface when the load joins the compile.
     */
    public static void prefetch(Path dir, ActionDialect dialect, boolean cached) {
        try {
            List<Path> files = drlFiles(dir);
            if (!files.isEmpty()) {
                PREFETCHED.putIfAbsent(key(dir, dialect, cached), compileInBackground(dir, files, dialect, cached));
            }
        } catch (RuntimeException e) {
            // Nothing to prefetch; load() reports the problem properly.
        }
    }

    /**
     * As {@link #prefetch(Path, ActionDialect, boolean)}, and also starts {@code reference} reading the folder's
     * parameters.yaml and reference/ on a third thread: on a cold run that reading is mostly loading the YAML
     * library, which then no longer waits for the command line to be parsed. The first {@link #load} of the same
     * folder with the same {@code reference} takes the result over (or its problems, thrown as the reader threw them).
     */
    public static void prefetch(Path dir, ActionDialect dialect, boolean cached, ReferenceSource reference) {
        prefetch(dir, dialect, cached);
        if (!Files.isDirectory(dir)) {
            return;
        }
        CompletableFuture<Institutions> read = new CompletableFuture<>();
        if (PREFETCHED_REFERENCE.putIfAbsent(key(dir), new PrefetchedReference(reference, read)) != null) {
            return;
        }
        Thread reader = new Thread(() -> {
            try {
                read.complete(reference.read(dir, referenceShownAs(dir)));
            } catch (Throwable e) {
                read.completeExceptionally(e);
            }
        }, "aidsim-reference-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** A reading of a folder's reference data started by {@link #prefetch(Path, ActionDialect, boolean, ReferenceSource)}. */
    private record PrefetchedReference(ReferenceSource source, CompletableFuture<Institutions> read) {
    }

    private static Optional<CompletableFuture<Institutions>> takePrefetchedReference(Path dir, ReferenceSource reference) {
        PrefetchedReference prefetched = PREFETCHED_REFERENCE.get(key(dir));
        if (prefetched == null || prefetched.source() != reference || !PREFETCHED_REFERENCE.remove(key(dir), prefetched)) {
            return Optional.empty();
        }
        return Optional.of(prefetched.read());
    }

    /** The prefetched reading's result, or what the reader threw, thrown again as it was. */
    private static Institutions joinReference(CompletableFuture<Institutions> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            if (e.getCause() instanceof Error thrown) {
                throw thrown;
            }
            throw e;
        }
    }

    /** How reference problems name the folder as a prefix of its files. */
    private static String referenceShownAs(Path dir) {
        return isPackaged(dir) ? "the packaged rules' " : shownAs(dir);
    }

    private static CompletableFuture<Compiled> takePrefetched(Path dir, ActionDialect dialect, boolean cached) {
        return PREFETCHED.remove(key(dir, dialect, cached));
    }

    private static String key(Path dir) {
        return dir.toAbsolutePath().normalize().toString();
    }

    private static String key(Path dir, ActionDialect dialect, boolean cached) {
        return dir.toAbsolutePath().normalize() + "\u0000" + dialect + "\u0000" + cached;
    }

    private static CompletableFuture<Compiled> compileInBackground(Path dir, List<Path> files, ActionDialect dialect, boolean cached) {
        List<String> shownAs = files.stream().map(Path::toString).toList();
        CompletableFuture<Compiled> compiled = new CompletableFuture<>();
        Thread compiler = new Thread(() -> {
            try {
                Optional<KieBase> shipped = cached && ExecutableModel.enabled()
                        ? ExecutableModel.load(dir, files) : Optional.empty();
                if (shipped.isPresent()) {
                    compiled.complete(new Compiled(shipped.get(), Origin.EXECUTABLE_MODEL));
                    return;
                }
                Optional<RulesCache.Entry> entry = cached ? RulesCache.entry(dir, isPackaged(dir), dialect) : Optional.empty();
                Optional<KieBase> stored = entry.flatMap(RulesCache::load);
                if (stored.isPresent()) {
                    compiled.complete(new Compiled(stored.get(), Origin.CACHE));
                    return;
                }
                RuleCompiler.Compiled fresh = RuleCompiler.compile(files, shownAs, dialect);
                // Before completing: whoever joins the compile and then calls writeCaches() finds it.
                entry.ifPresent(e -> RulesCache.remember(e, fresh.packages()));
                compiled.complete(new Compiled(fresh.kieBase(), Origin.DRL));
            } catch (Throwable e) {
                compiled.completeExceptionally(e);
            }
        }, "aidsim-rule-compiler");
        compiler.setDaemon(true);
        compiler.start();
        return compiled;
    }

    static List<Path> drlFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(f -> f.toString().endsWith(".drl") && Files.isRegularFile(f))
                    .sorted((a, b) -> dir.relativize(a).toString().compareTo(dir.relativize(b).toString()))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            // A folder inside that cannot be listed surfaces while walking, wrapped.
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            String what = io instanceof AccessDeniedException denied
                    ? denied.getFile() + ": permission denied; aidsim needs read access here" : String.valueOf(io.getMessage());
            throw new RulesException(List.of(dir + ": cannot be read: " + what));
        }
    }

    /**
     * The rules folder packaged in the jar (or in target/classes when run from a build), as a path inside the jar's
     * file system. Throws {@link RulesException} when none is packaged.
     */
    public static Path packaged() {
        URL marker = RuleFolder.class.getResource(PACKAGED + "/parameters.yaml");
        if (marker == null) {
            throw new RulesException(List.of("rules: no ./rules folder here and none packaged in the jar; pass --rules DIR"));
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath(PACKAGED);
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new RulesException(List.of("rules: the packaged rules cannot be opened: " + e.getMessage()));
        }
    }
}
