package org.aidsim.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

/**
 * The classic DRL compile of a rules folder, kept on disk so that later runs skip compiling. What is stored is the
 * compiler's own output, its packages (rules, constraints, the bytecode of their actions) serialised the way Drools
 * itself copies a package for a second KieBase; a later run reads them back and builds the KieBase exactly as
 * {@code KnowledgeBuilder.newKieBase()} does from the same packages, so rules fire in the same order with and without
 * the cache. It serves edited rules: the shipped ones load faster from their executable model ({@link ExecutableModel}).
 *
 * <p>An entry is named by a SHA-256 of the aidsim version, the jar it runs from (size and time, so a rebuilt jar
 * never reads an older jar's entry), the action dialect and the relative path and bytes of every file in the rules
 * folder: any edit makes a new name, so a stale entry is never found; it is removed when its folder's next entry is
 * written. Each entry holds a SHA-256 of its content; one that does not match, or that does not load, is deleted
 * and the DRL compiled instead: never trusted, never an error. An entry is a Java-serialised object graph read
 * back with Drools' object stream: it is as trustworthy as the folder it lives in, which is the user's own.
 *
 * <p>Entries live in {@code target/aidsim-rules-cache/} when run from a checkout (a {@code target/} folder in the
 * working directory) and the rules are a folder on disk, else in the user's cache folder
 * ({@code $XDG_CACHE_HOME/aidsim}, by default {@code ~/.cache/aidsim}), where the jar's own rules go. The system
 * property {@code aidsim.rules.cache} or the environment variable {@code AIDSIM_RULES_CACHE} set to {@code off}
 * turns the cache off (to measure a run without it); the system property {@code aidsim.rules.cache.dir} names
 * another folder for the entries (tests). Run from a class folder rather than a jar (the tests), the cache is used
 * only when that property is set: classes rebuilt under one version would otherwise read an older build's entries.
 */
final class RulesCache {
    private static final String SUFFIX = ".rules";
    private static final byte[] MAGIC = "aidsim compiled rules 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int DIGEST_BYTES = 32;
    /** Compiled packages waiting to be written once the command's output is out, one per entry file. */
    private static final Map<Path, Pending> PENDING = new LinkedHashMap<>();

    private RulesCache() {
    }

    /** Where one rules folder's compile, for one dialect, is kept. {@code prefix} is shared by that folder's entries. */
    record Entry(Path file, String prefix) {
    }

    private record Pending(Entry entry, InternalKnowledgePackage[] packages) {
    }

    /** False when {@code aidsim.rules.cache} (property) or {@code AIDSIM_RULES_CACHE} (environment) is {@code off}. */
    static boolean enabled() {
        String property = System.getProperty("aidsim.rules.cache");
        String setting = property != null ? property : System.getenv("AIDSIM_RULES_CACHE");
        return !"off".equalsIgnoreCase(setting == null ? "" : setting.strip());
    }

    /** The folder holding the entries: see the class comment. */
    static Path folder(boolean packaged) {
        String override = System.getProperty("aidsim.rules.cache.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path target = Path.of("target");
        if (!packaged && Files.isDirectory(target)) {
            return target.resolve("aidsim-rules-cache");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("aidsim");
    }

    /**
     * The entry for the current content of {@code dir} (its DRL {@code files} and every other file below it); empty
     * when the cache is off or the folder cannot be read (the compile reports why).
     */
    static Optional<Entry> entry(Path dir, boolean packaged, ActionDialect dialect) {
        if (!enabled()) {
            return Optional.empty();
        }
        // Run from a build's class folder (tests), the code can change under one version and no jar says so: the
        // cache is used only when a test names its folder.
        String override = System.getProperty("aidsim.rules.cache.dir");
        if ("classes".equals(ownJar()) && (override == null || override.isBlank())) {
            return Optional.empty();
        }
        try {
            String where = packaged ? "packaged" : dir.toAbsolutePath().normalize().toString();
            String prefix = FolderDigest.hex(sha256(where.getBytes(StandardCharsets.UTF_8))).substring(0, 12) + "-"
                    + dialect.name().toLowerCase(java.util.Locale.ROOT) + "-";
            return Optional.of(new Entry(folder(packaged).resolve(prefix + contentKey(dir, dialect) + SUFFIX), prefix));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The KieBase built from a sound entry; empty when there is none, or it is corrupt or does not load (then it is
     * deleted, and the caller compiles the DRL).
     */
    static Optional<KieBase> load(Entry entry) {
        byte[] stored;
        try {
            stored = Files.readAllBytes(entry.file());
        } catch (IOException e) {
            return Optional.empty();
        }
        try {
            int head = MAGIC.length + DIGEST_BYTES;
            if (stored.length <= head || !Arrays.equals(MAGIC, Arrays.copyOf(stored, MAGIC.length))) {
                throw new IOException("not an entry");
            }
            byte[] digest = Arrays.copyOfRange(stored, MAGIC.length, head);
            MessageDigest check = FolderDigest.sha256();
            check.update(stored, head, stored.length - head);
            if (!Arrays.equals(digest, check.digest())) {
                throw new IOException("content does not match its digest");
            }
            // As KnowledgeBuilderImpl.newKieBase() builds it from the compiler's packages.
            InternalRuleBase ruleBase = RuleBaseFactory.newRuleBase(KieServices.get().newKieBaseConfiguration());
            InternalKnowledgePackage[] packages;
            try (InputStream in = new ByteArrayInputStream(stored, head, stored.length - head);
                    DroolsObjectInputStream objects = new DroolsObjectInputStream(in, ruleBase.getRootClassLoader())) {
                packages = (InternalKnowledgePackage[]) objects.readObject();
            }
            ruleBase.addPackages(Arrays.asList(packages));
            return Optional.of(KnowledgeBaseFactory.newKnowledgeBase(ruleBase));
        } catch (Exception | LinkageError e) {
            delete(entry.file());
            return Optional.empty();
        }
    }

    /** Keeps a successful compile to be written by {@link #writePending()}. */
    static void remember(Entry entry, InternalKnowledgePackage[] packages) {
        synchronized (PENDING) {
            PENDING.putIfAbsent(entry.file(), new Pending(entry, packages));
        }
    }

    /**
     * Writes the compiles remembered since the last call, each replacing its folder's older entries. Called once a
     * command's output is out, so a run right after a rules edit prints as soon as without the cache. Failures
     * (a read-only folder, a full disk) leave no entry; the next run compiles again.
     */
    static void writePending() {
        List<Pending> pending;
        synchronized (PENDING) {
            pending = List.copyOf(PENDING.values());
            PENDING.clear();
        }
        for (Pending p : pending) {
            try {
                write(p);
            } catch (Exception | LinkageError e) {
                // No entry: the next run compiles the DRL and tries again.
            }
        }
    }

    private static void write(Pending pending) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(payload)) {
            out.writeObject(pending.packages());
        }
        byte[] bytes = payload.toByteArray();
        Path file = pending.entry().file();
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "writing-", ".tmp");
        try {
            try (var out = Files.newOutputStream(temp)) {
                out.write(MAGIC);
                out.write(sha256(bytes));
                out.write(bytes);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            for (Path other : siblings.toList()) {
                String name = other.getFileName().toString();
                if (name.startsWith(pending.entry().prefix()) && name.endsWith(SUFFIX) && !other.equals(file)) {
                    delete(other);
                }
            }
        }
    }

    private static String contentKey(Path dir, ActionDialect dialect) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).map(dir::relativize)
                    .sorted((a, b) -> FolderDigest.slashed(a).compareTo(FolderDigest.slashed(b))).toList();
        }
        return FolderDigest.of("aidsim " + RuleFolder.version() + "\n" + ownJar() + "\n" + dialect + "\n", dir, files);
    }

    /** The jar this code runs from, by path, size and time; "classes" when run from a build's class folder. */
    private static String ownJar() {
        try {
            Path code = Path.of(RulesCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis() : "classes";
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left behind: its digest or its name keeps it from being trusted.
        }
    }

    private static byte[] sha256(byte[] bytes) {
        return FolderDigest.sha256().digest(bytes);
    }
}
