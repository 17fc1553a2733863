package org.aidsim.tester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aidsim.TestRules;
import org.aidsim.model.Mismatch;
import org.aidsim.model.Scenario;
import org.aidsim.scenario.InputException;
import org.junit.jupiter.api.Test;

/** The expect block as a part of run --format json's document, in its field names, through the whole reader. */
class ExpectationCheckerTest {
    private static final String VETO = """
            name: Hungary vetoes
            date: 2023-12-14
            packages:
              - id: p
                title: Ukraine Facility
                forum: european-council
                positions: { default: support, HU: oppose }
            expect:
            """;

    private static List<String> mismatches(String expect) {
        return ExpectationChecker.check(TestRules.run(VETO + expect)).stream().map(Mismatch::toString).toList();
    }

    @Test
    void outputFieldNames_areMatchedAgainstTheJsonDocument() {
        assertThat(mismatches("""
                  p:
                    passed: false
                    outcome: blocked
                    blockers: [HU]
                    exempt: []
                    dependsOn: []
                    rules: ["Unanimity: a single vote against is a veto"]
                    votes: { oppose: [HU] }
                """)).isEmpty();
    }

    @Test
    void aFieldTheReaderHasNoFormFor_isComparedAsTheOutputPrintsIt() {
        assertThat(mismatches("  p: { title: Ukraine Facility, forum: european-council, rule: qmv }\n"))
                .containsExactly("p.rule: expected qmv, got unanimity");
    }

    @Test
    void aFieldTheOutputLacks_isAMismatchNamingTheFieldsItHas() {
        assertThat(mismatches("  p: { blokers: [HU] }\n")).singleElement().asString()
                .startsWith("p.blokers: expected [HU], got nothing: the output has no field 'blokers' here; its fields: id, title,")
                .contains("blockers");
    }

    @Test
    void blockers_mustBeTheSameSet() {
        assertThat(mismatches("  p: { blockers: [SK, HU] }\n")).containsExactly("p.blockers: expected [HU, SK], got [HU]");
    }

    @Test
    void rules_eachMustHaveFired_othersMayFireToo() {
        assertThat(mismatches("  p: { rules: [\"Unanimity: a single vote against is a veto\", "
                + "\"Unanimity: a decision stands when every member supports\"] }\n"))
                .singleElement().asString().startsWith("p.rules: expected \"Unanimity: a decision stands when every member supports\"")
                .endsWith("fired, got not fired");
    }

    @Test
    void oldSpellings_matchLikeTheNewOnes_eachWithANoteNamingThePlaceAndTheNewName() {
        Scenario s = TestRules.scenario(VETO + "  p: { depends-on: [], fired: [\"Unanimity: a single vote against is a veto\"] }\n");
        assertThat(ExpectationChecker.check(TestRules.simulator().run(s))).isEmpty();
        assertThat(s.expectationNotes()).containsExactly(
                s.file() + ":9:8: expect.p.depends-on: 'depends-on' is the old spelling; write 'dependsOn', the name run --format json prints",
                s.file() + ":9:24: expect.p.fired: 'fired' is the old spelling; write 'rules', the name run --format json prints");
        assertThat(s.notes()).containsAll(s.expectationNotes());
    }

    @Test
    void oldAndNewSpellingTogether_isAnErrorAtTheOldKey() {
        assertThatThrownBy(() -> TestRules.scenario(VETO + "  p: { fired: [], rules: [] }\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(":9:8: expect.p.fired: both fired and rules are given; keep rules");
    }

    @Test
    void coalitionFields_useTheOutputNames_andPledgedComparesAsMoney() {
        String coalition = """
                name: x
                date: 2024-03-01
                coalitions:
                  - id: c
                    launched: 2024-01-01
                    leads: [EE]
                    target: 10 million EUR
                    members:
                      - { country: EE, joined: 2024-01-01, pledge: 10.5 million EUR }
                expect:
                  coalitions:
                    c: { targetMet: true, pledged: 10500000.00 EUR }
                """;
        assertThat(ExpectationChecker.check(TestRules.run(coalition))).isEmpty();
        assertThat(ExpectationChecker.check(TestRules.run(coalition.replace("10500000.00 EUR", "10.4 million EUR"))))
                .extracting(Mismatch::toString).containsExactly("coalitions.c.pledged.euros: expected 10400000, got 10500000");
    }
}
