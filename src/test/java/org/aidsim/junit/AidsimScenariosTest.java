package org.aidsim.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aidsim.api.Aidsim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class AidsimScenariosTest {
    private static final String VETO = """
            name: One member vetoes
            date: 2024-03-01
            packages:
              - id: aid
                forum: eu-council
                rule: unanimity
                amount: 1 billion EUR
                positions: { default: support, HU: oppose }
            expect:
              aid: { passed: %s }
            """;
    private static Aidsim aidsim;

    @BeforeAll
    static void compileRules() {
        aidsim = Aidsim.withRules(Path.of("rules"));
    }

    /** The helper used as a user's project would use it: the shipped EU scenarios, one dynamic test each. */
    @TestFactory
    Stream<DynamicTest> shippedEuScenarios_eachPassAsADynamicTest() {
        return AidsimScenarios.in(Path.of("scenarios/eu"), aidsim);
    }

    @Test
    void folder_givesOneTestPerScenarioFileNamedByItsRelativePath(@TempDir Path dir) throws IOException {
        write(dir.resolve("b.yaml"), VETO.formatted("false"));
        write(dir.resolve("sub/a.yml"), VETO.formatted("false"));
        Files.writeString(dir.resolve("notes.txt"), "not a scenario");

        List<DynamicTest> tests = AidsimScenarios.in(dir, aidsim).toList();

        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("b.yaml", "sub/a.yml");
        assertThat(tests.get(0).getTestSourceUri()).contains(dir.resolve("b.yaml").toUri());
        tests.forEach(test -> assertThatCode(test.getExecutable()::execute).doesNotThrowAnyException());
    }

    @Test
    void unmetExpectation_failsWithTheMismatch(@TempDir Path dir) throws IOException {
        write(dir.resolve("wrong.yaml"), VETO.formatted("true"));

        DynamicTest test = AidsimScenarios.in(dir, aidsim).toList().get(0);

        assertThatThrownBy(test.getExecutable()::execute).isInstanceOf(AssertionError.class)
                .hasMessage(dir.resolve("wrong.yaml") + ": 1 expectation(s) not met:\n  aid.passed: expected true, got false");
    }

    @Test
    void invalidFile_failsWithItsLocatedProblem(@TempDir Path dir) throws IOException {
        write(dir.resolve("typo.yaml"), VETO.formatted("false").replace("rule: unanimity", "rule: unanimty"));

        DynamicTest test = AidsimScenarios.in(dir, aidsim).toList().get(0);

        assertThatThrownBy(test.getExecutable()::execute).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith(dir.resolve("typo.yaml") + ": cannot be read:\n  " + dir.resolve("typo.yaml") + ":6:")
                .hasMessageContaining("unanimty");
    }

    @Test
    void missingOrEmptyFolder_isRefusedRatherThanAnEmptySuite(@TempDir Path dir) {
        assertThatThrownBy(() -> AidsimScenarios.in(dir.resolve("nowhere"), aidsim))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("nowhere: no such folder; expected a folder of scenario files (.yaml, .yml, .json)");
        assertThatThrownBy(() -> AidsimScenarios.in(dir, aidsim))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(dir + ": no scenario files (.yaml, .yml, .json) in this folder");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
