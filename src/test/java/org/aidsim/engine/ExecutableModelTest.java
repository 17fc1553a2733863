package org.aidsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped executable model's index (written by ExecutableModelBuild at process-classes) and its key. Outputs
 * through the model against the classic compile: RulesCacheTest.
 */
class ExecutableModelTest {
    @Test
    void shippedIndex_isKeyedToTheShippedDrlFilesAndPlacesEveryRule() throws IOException {
        ExecutableModel.Index index = shippedIndex();
        Path rules = Path.of("rules");

        assertThat(index.key()).isEqualTo(ExecutableModel.key(rules, RuleFolder.drlFiles(rules)));
        assertThat(index.models()).isNotEmpty();
        assertThat(index.rank()).hasSameSizeAs(index.loadOrder()).hasSizeGreaterThan(100);
    }

    @Test
    void foreignOrDamagedIndex_isNoIndex() {
        assertThat(ExecutableModel.Index.parse("")).isNull();
        assertThat(ExecutableModel.Index.parse("aidsim compiled rules 1\nkey 00\n")).isNull();
        assertThat(ExecutableModel.Index.parse(ExecutableModel.MAGIC + "\nkey 00\nmodel a.B\nrule only two\n")).isNull();
        assertThat(ExecutableModel.Index.parse(ExecutableModel.MAGIC + "\nkey 00\nsomething else\n")).isNull();
        assertThat(ExecutableModel.Index.parse(ExecutableModel.MAGIC + "\nkey 00\nrule p\t0\tA rule\n")).as("no model").isNull();
    }

    @Test
    void editedDrlFile_changesTheKeyAndLoadsNoModel(@TempDir Path temp) throws IOException {
        Path copy = copyOfTheDrlFiles(temp);
        assertThat(ExecutableModel.load(copy, RuleFolder.drlFiles(copy))).isPresent();

        Files.writeString(copy.resolve("consensus/tally.drl"), "\n// an edit\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(ExecutableModel.key(copy, RuleFolder.drlFiles(copy))).isNotEqualTo(shippedIndex().key());
        assertThat(ExecutableModel.load(copy, RuleFolder.drlFiles(copy))).isEmpty();
    }

    @Test
    void editThatKeepsEveryFilesSize_loadsNoModel(@TempDir Path temp) throws IOException {
        Path copy = copyOfTheDrlFiles(temp);
        Path tally = copy.resolve("consensus/tally.drl");
        String text = Files.readString(tally);
        Files.writeString(tally, text.replaceFirst("e", "a"));
        assertThat(Files.size(tally)).isEqualTo(text.length());

        assertThat(ExecutableModel.load(copy, RuleFolder.drlFiles(copy))).isEmpty();
    }

    private static Path copyOfTheDrlFiles(Path temp) throws IOException {
        Path rules = Path.of("rules");
        Path copy = temp.resolve("rules");
        for (Path f : RuleFolder.drlFiles(rules)) {
            Path to = copy.resolve(rules.relativize(f).toString());
            Files.createDirectories(to.getParent());
            Files.copy(f, to);
        }
        return copy;
    }

    private static ExecutableModel.Index shippedIndex() throws IOException {
        try (InputStream in = ExecutableModel.class.getResourceAsStream(ExecutableModel.INDEX)) {
            assertThat(in).as("the build writes " + ExecutableModel.INDEX).isNotNull();
            return ExecutableModel.Index.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
