package org.aidsim.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.aidsim.TestRules;
import org.aidsim.model.Institutions;
import org.aidsim.model.MoneyReference;
import org.aidsim.model.RateTable;
import org.aidsim.scenario.ReferenceReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped reference data's snapshot (written by ReferenceSnapshotBuild at process-classes): the Institutions it
 * constructs are those reading the folder gives, and a folder that differs in any file gets none. Every command's
 * output with the snapshot against reading the YAML: RulesCacheTest.
 */
class ReferenceSnapshotTest {
    private static final Path RULES = Path.of("rules");

    @TempDir
    Path temp;

    @AfterEach
    void restore() {
        System.clearProperty("aidsim.reference.snapshot");
    }

    @Test
    void shippedRules_getTheInstitutionsThatReadingThemGives() {
        for (String shownAs : new String[] {"rules/", "the packaged rules' "}) {
            Institutions read = ReferenceReader.read(RULES, shownAs);
            Institutions snapshot = ReferenceSnapshot.of(RULES, shownAs).orElseThrow();
            assertThat(snapshot).isEqualTo(read);
            // Equal maps may iterate in another order; what a report prints from them may not.
            assertThat(snapshot.toString()).isEqualTo(read.toString());
            assertThat(snapshot.cite("reference/eu.yaml")).isEqualTo(shownAs + "reference/eu.yaml");
        }
    }

    @Test
    void copyOfTheShippedRules_getsTheSnapshot() {
        Path copy = TestRules.copyRules(temp.resolve("rules"));
        assertThat(ReferenceSnapshot.of(copy, "copy/")).isPresent();
    }

    @Test
    void editedParameters_readTheFolder() throws IOException {
        Path copy = TestRules.copyRules(temp.resolve("rules"));
        Files.writeString(copy.resolve("parameters.yaml"), "\n# an edit\n", StandardOpenOption.APPEND);
        assertThat(ReferenceSnapshot.of(copy, "copy/")).isEmpty();
    }

    @Test
    void fileAddedUnderReference_readsTheFolder() throws IOException {
        Path copy = TestRules.copyRules(temp.resolve("rules"));
        Files.writeString(copy.resolve("reference/rates/notes.txt"), "rates to add\n");
        assertThat(ReferenceSnapshot.of(copy, "copy/")).isEmpty();
    }

    @Test
    void fileRemovedFromReference_readsTheFolder() throws IOException {
        Path copy = TestRules.copyRules(temp.resolve("rules"));
        Files.delete(copy.resolve("reference/opt-outs.yaml"));
        assertThat(ReferenceSnapshot.of(copy, "copy/")).isEmpty();
    }

    @Test
    void folderAddedUnderReference_readsTheFolder() throws IOException {
        Path copy = TestRules.copyRules(temp.resolve("rules"));
        // The reader refuses a folder named like a roster; the snapshot must not stand for the folder instead.
        Files.createDirectories(copy.resolve("reference/extra.yaml"));
        assertThat(ReferenceSnapshot.of(copy, "copy/")).isEmpty();
    }

    @Test
    void linkUnderReference_readsTheFolder() throws IOException {
        Path copy = TestRules.copyRules(temp.resolve("rules"));
        Files.createSymbolicLink(copy.resolve("reference/gone.yaml"), temp.resolve("nowhere.yaml"));
        assertThat(ReferenceSnapshot.of(copy, "copy/")).isEmpty();
    }

    @Test
    void referenceWithABrokenLink_buildWarnsAndWritesNoSnapshot() throws IOException {
        Path copy = TestRules.copyRules(temp.resolve("rules"));
        Files.createSymbolicLink(copy.resolve("reference/gone.yaml"), temp.resolve("nowhere.yaml"));
        Path classes = Files.createDirectories(temp.resolve("classes"));
        ReferenceSnapshotBuild.build(copy, classes);
        assertThat(classes.resolve(ReferenceSnapshot.INDEX.substring(1))).doesNotExist();
    }

    @Test
    void referenceEditedWithAMistake_buildWarnsAndWritesNoSnapshot() throws IOException {
        Path copy = TestRules.copyRules(temp.resolve("rules"));
        Files.writeString(copy.resolve("reference/eu.yaml"), "\nmembers: [unclosed\n", StandardOpenOption.APPEND);
        Path classes = Files.createDirectories(temp.resolve("classes"));
        ReferenceSnapshotBuild.build(copy, classes);
        assertThat(classes.resolve(ReferenceSnapshot.INDEX.substring(1))).doesNotExist();
        assertThat(classes.resolve(ReferenceSnapshot.CLASS.replace('.', '/') + ".class")).doesNotExist();
    }

    @Test
    void snapshotTurnedOff_readsTheFolder() {
        System.setProperty("aidsim.reference.snapshot", "off");
        assertThat(ReferenceSnapshot.of(RULES, "rules/")).isEmpty();
    }

    @Test
    void ratesOfManyDates_areWrittenInChunksAndConstructTheSameData() throws Exception {
        Institutions read = ReferenceReader.read(RULES, ReferenceSnapshotBuild.FOLDER);
        NavigableMap<LocalDate, BigDecimal> usd = new TreeMap<>();
        for (int day = 0; day < 1_000; day++) {
            usd.put(LocalDate.of(2020, 1, 1).plusDays(day), new BigDecimal("1.0" + day));
        }
        Institutions many = new Institutions(read.parameters(), read.forums(), read.rosters(), read.countries(),
                read.national(), read.coalition(), read.folderShownAs(),
                new MoneyReference(new RateTable("a long history", Map.of("USD", usd)), read.money().costKeys()),
                read.optOuts());
        String source = ReferenceSnapshotBuild.source(many);
        assertThat(source).contains("_1000(a, f)");

        Path classes = Files.createDirectories(temp.resolve("classes"));
        assertThat(ReferenceSnapshotBuild.compile(source, classes, System.getProperty("java.class.path"))).isEmpty();
        try (URLClassLoader loader = new GeneratedFirst(classes)) {
            @SuppressWarnings("unchecked")
            Function<String, Institutions> data = (Function<String, Institutions>) loader
                    .loadClass(ReferenceSnapshot.CLASS).getDeclaredConstructor().newInstance();
            Institutions constructed = data.apply(ReferenceSnapshotBuild.FOLDER);
            assertThat(constructed).isEqualTo(many);
            assertThat(constructed.toString()).isEqualTo(many.toString());
        }
    }

    /** Loads the generated class from {@code classes} rather than the shipped one from the test's class path. */
    private static final class GeneratedFirst extends URLClassLoader {
        GeneratedFirst(Path classes) throws IOException {
            super(new URL[] {classes.toUri().toURL()}, ReferenceSnapshotTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(ReferenceSnapshot.CLASS)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                return c != null ? c : findClass(name);
            }
        }
    }
}
