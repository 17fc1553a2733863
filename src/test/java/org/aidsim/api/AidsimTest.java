package org.aidsim.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.aidsim.engine.RulesException;
import org.aidsim.scenario.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AidsimTest {
    private static final Path FACILITY = Path.of("scenarios/eu/ukraine-facility-2023-12.yaml");
    private static final String TWO_VETOES = """
            name: Two members veto a unanimity package
            date: 2024-03-01
            packages:
              - id: aid
                forum: eu-council
                rule: unanimity
                amount: 1 billion EUR
                positions: { default: support, HU: oppose, SK: oppose }
            expect:
              aid: { passed: false, outcome: blocked, blockers: [HU, SK] }
            """;
    private static Aidsim aidsim;

    @BeforeAll
    static void compileRules() {
        aidsim = Aidsim.withRules(Path.of("rules"));
    }

    @Test
    void shippedScenarioFile_givesVerdictBlockersAndMeetsItsExpectations() {
        Outcome outcome = aidsim.run(FACILITY);

        assertThat(outcome.scenarioName()).isEqualTo("European Council of December 2023 fails to agree the Ukraine Facility");
        assertThat(outcome.verdict("ukraine-facility")).isEqualTo("BLOCKED");
        assertThat(outcome.blockers("ukraine-facility")).containsExactly("HU");
        assertThat(outcome.expectChecked()).isTrue();
        assertThat(outcome.meetsExpectations()).isTrue();
        assertThat(outcome.packages()).hasSize(1);
    }

    @Test
    void yamlText_runsAsTheFileWould() {
        Outcome outcome = aidsim.run("two-vetoes.yaml", TWO_VETOES);

        assertThat(outcome.verdict("aid")).isEqualTo("BLOCKED");
        assertThat(outcome.blockers("aid")).containsExactly("HU", "SK");
        assertThat(outcome.meetsExpectations()).isTrue();
    }

    @Test
    void jsonText_isReadAsJson() {
        String json = """
                {"name": "One member vetoes", "date": "2024-03-01",
                 "packages": [{"id": "aid", "forum": "eu-council", "rule": "unanimity", "amount": "1 billion EUR",
                               "positions": {"default": "support", "HU": "oppose"}}],
                 "expect": {"aid": {"passed": true}}}
                """;

        Outcome outcome = aidsim.run("one-veto.json", json);

        assertThat(outcome.verdict("aid")).isEqualTo("BLOCKED");
        assertThat(outcome.meetsExpectations()).isFalse();
        assertThat(outcome.mismatches()).singleElement().hasToString("aid.passed: expected true, got false");
    }

    @Test
    void textAndJson_areWhatRunPrints() {
        Outcome outcome = aidsim.run(FACILITY);

        assertThat(outcome.text()).contains("ukraine-facility").contains("BLOCKED").contains("HU");
        assertThat(outcome.json()).startsWith("{").endsWith("}\n").contains("\"ukraine-facility\"");
    }

    @Test
    void asOfRun_skipsTheExpectCheck() {
        Outcome outcome = aidsim.run(FACILITY, LocalDate.of(2023, 12, 14));

        assertThat(outcome.expectChecked()).isFalse();
        assertThat(outcome.mismatches()).isEmpty();
        assertThat(outcome.verdict("ukraine-facility")).isEqualTo("BLOCKED");
    }

    @Test
    void invalidText_throwsLocatedProblems() {
        String typo = TWO_VETOES.replace("rule: unanimity", "rule: unanimty");

        assertThatThrownBy(() -> aidsim.run("typo.yaml", typo))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().startsWith("typo.yaml:6:").contains("unanimty").contains("unanimity"));
    }

    @Test
    void unknownPackage_namesTheScenariosPackages() {
        Outcome outcome = aidsim.run(FACILITY);

        assertThatThrownBy(() -> outcome.verdict("facility"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no package 'facility'").hasMessageContaining("its packages: ukraine-facility");
    }

    @Test
    void missingRulesFolder_throwsRulesException(@TempDir Path dir) {
        assertThatThrownBy(() -> Aidsim.withRules(dir.resolve("nowhere")))
                .isInstanceOfSatisfying(RulesException.class,
                        e -> assertThat(e.problems()).singleElement().asString().contains("no such rules folder"));
    }

    @Test
    void packagedRules_runTheSameScenario() {
        Aidsim packaged = Aidsim.withPackagedRules();

        assertThat(packaged.rulesShownAs()).startsWith("rules packaged in aidsim ");
        assertThat(packaged.run(FACILITY).verdict("ukraine-facility")).isEqualTo("BLOCKED");
    }
}
