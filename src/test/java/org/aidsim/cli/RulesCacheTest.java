package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.aidsim.api.RuleFolders;
import org.aidsim.engine.ActionDialect;
import org.aidsim.engine.RuleFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled-rules cache (engine/RulesCache) and the shipped executable model (engine/ExecutableModel): every saved
 * command of GoldenOutputTest, and {@code run --explain} and {@code run --format json} of every saved scenario, print
 * the same bytes, error stream and exit code from the cache and from the executable model (with the reference data's
 * snapshot) as compiled from DRL (with the reference data read from its YAML); an
 * edit misses both, a corrupt entry is never trusted, check compiles from DRL. Entries go to a temporary folder
 * ({@code aidsim.rules.cache.dir}), never to target/. The executable model is off ({@code aidsim.rules.model}) but
 * where a test says otherwise, since a copy of the shipped rules would otherwise load it rather than the cache.
 */
class RulesCacheTest {
    private static final Path RULES = Path.of("rules");
    private static final String FACILITY = "scenarios/eu/ukraine-facility-2023-12.yaml";

    @TempDir
    Path temp;
    private Path cacheDir;

    @BeforeEach
    void useATemporaryCache() {
        cacheDir = temp.resolve("cache");
        System.setProperty("aidsim.rules.cache.dir", cacheDir.toString());
        System.clearProperty("aidsim.rules.cache");
        System.setProperty("aidsim.rules.model", "off");
    }

    @AfterEach
    void restore() {
        RuleFolder.writeCaches(); // nothing left pending for the next test
        System.clearProperty("aidsim.rules.cache.dir");
        System.clearProperty("aidsim.rules.cache");
        System.clearProperty("aidsim.rules.model");
    }

    /**
     * Every saved command of GoldenOutputTest, and {@code run --explain} and {@code run --format json --explain} of
     * every scenario, with what each printed compiled from DRL; computed once for the class (compiling for each
     * command is most of this test's time).
     */
    private static List<List<String>> commands;
    private static List<CliRun> fromDrl;

    private static synchronized void compareWithDrl() throws IOException {
        if (commands != null) {
            return;
        }
        List<List<String>> all = new ArrayList<>(GoldenOutputTest.savedCommands());
        try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
            for (Path scenario : walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().toList()) {
                all.add(List.of("run", "--explain", scenario.toString()));
                // JSON with --explain numbers every firing: the one output that shows the order of all of them.
                all.add(List.of("run", "--format", "json", "--explain", scenario.toString()));
            }
        }
        String off = System.getProperty("aidsim.rules.cache");
        System.setProperty("aidsim.rules.cache", "off");
        // And the reference data read from its YAML, not its shipped snapshot (api/ReferenceSnapshot).
        System.setProperty("aidsim.reference.snapshot", "off");
        try {
            fromDrl = all.stream().map(c -> CliRun.of(c.toArray(String[]::new))).toList();
        } finally {
            System.clearProperty("aidsim.reference.snapshot");
            System.clearProperty("aidsim.rules.cache");
            if (off != null) {
                System.setProperty("aidsim.rules.cache", off);
            }
        }
        commands = all;
    }

    @Test
    void everyScenarioExplainedAndAsJsonAndEverySavedCommand_printTheSameFromTheExecutableModelAsFromDrl() throws IOException {
        System.clearProperty("aidsim.rules.model");
        assertEveryCommandPrintsAsFromDrl(RuleFolder.Origin.EXECUTABLE_MODEL);
    }

    /** Each command of {@link #compareWithDrl()} prints the same with both dialects' rules coming from {@code origin}. */
    private static void assertEveryCommandPrintsAsFromDrl(RuleFolder.Origin origin) throws IOException {
        compareWithDrl();
        assertThat(RuleFolders.loadCached(RULES, ActionDialect.MVEL).origin()).isEqualTo(origin);
        assertThat(RuleFolders.loadCached(RULES, ActionDialect.JAVA).origin()).isEqualTo(origin);

        for (int i = 0; i < commands.size(); i++) {
            CliRun run = CliRun.of(commands.get(i).toArray(String[]::new));
            assertThat(run).as(String.join(" ", commands.get(i))).isEqualTo(fromDrl.get(i));
        }
        assertThat(commands).hasSizeGreaterThan(230);
    }

    @Test
    void copyOfTheShippedRules_loadsTheExecutableModelAndAnEditedCopyDoesNot() throws IOException {
        System.clearProperty("aidsim.rules.model");
        Path rules = copyOfRules();
        assertThat(RuleFolders.loadCached(rules, ActionDialect.MVEL).origin()).isEqualTo(RuleFolder.Origin.EXECUTABLE_MODEL);

        Files.writeString(rules.resolve("parameters.yaml"), "\n# an edit of what is read at run time\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(RuleFolders.loadCached(rules, ActionDialect.MVEL).origin()).isEqualTo(RuleFolder.Origin.EXECUTABLE_MODEL);

        Files.writeString(rules.resolve("consensus/tally.drl"), "\n// an edit\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(RuleFolders.loadCached(rules, ActionDialect.MVEL).origin()).isEqualTo(RuleFolder.Origin.DRL);
        RuleFolder.writeCaches();
        assertThat(RuleFolders.loadCached(rules, ActionDialect.MVEL).origin()).isEqualTo(RuleFolder.Origin.CACHE);
    }

    @Test
    void cacheTurnedOff_compilesTheShippedRulesFromDrl() {
        System.clearProperty("aidsim.rules.model");
        System.setProperty("aidsim.rules.cache", "off");
        assertThat(RuleFolders.loadCached(RULES, ActionDialect.MVEL).origin()).isEqualTo(RuleFolder.Origin.DRL);
    }

    @Test
    void everyScenarioExplainedAndAsJsonAndEverySavedCommand_printTheSameFromTheCacheAsFromDrl() throws IOException {
        compareWithDrl();
        buildEntries(RULES);
        assertEveryCommandPrintsAsFromDrl(RuleFolder.Origin.CACHE);
    }

    @Test
    void corruptEntry_isDeletedAndTheRulesCompiledFromDrlThenRewritten() throws IOException {
        Path rules = copyOfRules();
        buildEntries(rules);
        Path entry = onlyEntry();
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(entry, bytes);

        assertThat(RuleFolders.loadCached(rules, ActionDialect.MVEL).fromCache()).isFalse();
        assertThat(CliRun.of("run", "--rules", rules.toString(), "--explain", FACILITY).out())
                .isEqualTo(fromDrl("run", "--rules", rules.toString(), "--explain", FACILITY).out());
        RuleFolder.writeCaches();
        assertThat(onlyEntry()).isEqualTo(entry);
        assertThat(RuleFolders.loadCached(rules, ActionDialect.MVEL).fromCache()).isTrue();
    }

    @Test
    void truncatedOrForeignEntry_isNotTrusted() throws IOException {
        Path rules = copyOfRules();
        buildEntries(rules);
        Path entry = onlyEntry();
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        assertThat(RuleFolders.loadCached(rules, ActionDialect.MVEL).fromCache()).isFalse();
        assertThat(entry).doesNotExist();

        Files.writeString(entry, "not compiled rules at all");
        assertThat(RuleFolders.loadCached(rules, ActionDialect.MVEL).fromCache()).isFalse();
        assertThat(entry).doesNotExist();
    }

    @Test
    void editedRuleFileOrParameters_missTheCacheAndReplaceTheFoldersEntry() throws IOException {
        Path rules = copyOfRules();
        buildEntries(rules);
        Path before = onlyEntry();

        Files.writeString(rules.resolve("consensus/tally.drl"), "\n// an edit\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(RuleFolders.loadCached(rules, ActionDialect.MVEL).fromCache()).isFalse();
        RuleFolder.writeCaches();
        Path afterDrlEdit = onlyEntry();
        assertThat(afterDrlEdit).isNotEqualTo(before);
        assertThat(RuleFolders.loadCached(rules, ActionDialect.MVEL).fromCache()).isTrue();

        Files.writeString(rules.resolve("parameters.yaml"), "\n# an edit\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(RuleFolders.loadCached(rules, ActionDialect.MVEL).fromCache()).isFalse();
        RuleFolder.writeCaches();
        assertThat(onlyEntry()).isNotEqualTo(afterDrlEdit);
    }

    @Test
    void check_compilesFromDrlWhateverTheCacheHolds() throws IOException {
        Path rules = copyOfRules();
        buildEntries(rules);
        RulesOptions options = new RulesOptions();
        options.rules = rules;
        assertThat(options.load(ActionDialect.MVEL).fromCache()).isTrue();
        assertThat(options.loadFromSource(ActionDialect.MVEL).fromCache()).isFalse();
    }

    @Test
    void cacheTurnedOff_compilesFromDrlAndWritesNothing() throws IOException {
        Path rules = copyOfRules();
        buildEntries(rules);
        System.setProperty("aidsim.rules.cache", "off");
        assertThat(RuleFolders.loadCached(rules, ActionDialect.MVEL).fromCache()).isFalse();
        for (Path entry : entries()) {
            Files.delete(entry);
        }
        RuleFolders.loadCached(rules, ActionDialect.MVEL).kieBase();
        RuleFolder.writeCaches();
        assertThat(entries()).isEmpty();
    }

    private CliRun fromDrl(String... args) {
        System.setProperty("aidsim.rules.cache", "off");
        try {
            return CliRun.of(args);
        } finally {
            System.clearProperty("aidsim.rules.cache");
        }
    }

    /** Compiles {@code rules} in both dialects and writes their entries, as a first run and a first pivots would. */
    private static void buildEntries(Path rules) {
        RuleFolders.loadCached(rules, ActionDialect.MVEL).kieBase();
        RuleFolders.loadCached(rules, ActionDialect.JAVA).kieBase();
        RuleFolder.writeCaches();
    }

    private Path copyOfRules() throws IOException {
        Path copy = temp.resolve("rules");
        try (Stream<Path> walk = Files.walk(RULES)) {
            for (Path p : walk.toList()) {
                Path to = copy.resolve(RULES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return copy;
    }

    /** The one MVEL entry in the cache folder (JAVA entries are named with "-java-"). */
    private Path onlyEntry() throws IOException {
        List<Path> mvel = entries().stream().filter(p -> p.getFileName().toString().contains("-mvel-")).toList();
        assertThat(mvel).hasSize(1);
        return mvel.get(0);
    }

    private List<Path> entries() throws IOException {
        if (!Files.isDirectory(cacheDir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(cacheDir)) {
            return list.sorted(Comparator.naturalOrder()).toList();
        }
    }
}
