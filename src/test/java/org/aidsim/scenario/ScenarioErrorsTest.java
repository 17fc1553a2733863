package org.aidsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.aidsim.TestRules;
import org.junit.jupiter.api.Test;

/** Each way a scenario can be wrong, with the exact line a user sees. */
class ScenarioErrorsTest {
    /** The shipped forums, and the rules they add to those Java names: a forum or majority added to rules/ is data. */
    private static final String SHIPPED_FORUMS = String.join(", ", TestRules.rules().institutions().forums().keySet());
    private static final String ADDED_RULES = TestRules.rules().institutions().decisionRules().stream()
            .filter(r -> !org.aidsim.model.DecisionRule.NAMED.contains(r)).map(r -> ", " + r.word())
            .collect(java.util.stream.Collectors.joining());

    /** The problems a scenario file with this text has, the temporary file shown as bad.yaml. */
    static List<String> problems(String yaml) {
        return problems("bad.yaml", yaml);
    }

    /** The problems a scenario file named {@code name} with this text has, the temporary file shown as {@code name}. */
    static List<String> problems(String name, String text) {
        Path file = TestRules.write(name, text);
        try {
            TestRules.scenario(file);
        } catch (InputException e) {
            return e.problems().stream().map(p -> p.toString().replace(file.toString(), name)).toList();
        }
        throw new AssertionError("expected the scenario to be rejected");
    }

    private static final String GOOD_PACKAGE = """
              - id: p
                forum: european-council
                positions: { default: support }
            """;

    @Test
    void malformedYaml_namesLineAndColumn() {
        assertThat(problems("name: x\ndate: 2024-01-01\npackages: [\n")).singleElement()
                .asString().startsWith("bad.yaml:4:1: malformed YAML: ");
    }

    @Test
    void unknownField_isRejectedWithTheValidFields() {
        assertThat(problems("name: x\ndate: 2024-01-01\npackages:\n  - id: p\n    forum: nato\n    positons: {}\n"))
                .containsExactly("bad.yaml:6:5: packages[0].positons: unknown field 'positons'; expected one of: "
                        + "amount, area, cfsp, coalition, concerned, cost-shares, enhanced-cooperation, forum, id, implementation, in-force-until, no-opinion-blocks, participation, positions, renewal, requires, rule, sources, stages, title, tranches, votes");
    }

    @Test
    void unknownCountryCode_isRejected() {
        assertThat(problems("name: x\ndate: 2024-01-01\npackages:\n  - id: p\n    forum: nato\n    positions: { XX: oppose }\n"))
                .containsExactly("bad.yaml:6:18: packages[0].positions.XX: unknown country code 'XX'; expected an EU-style "
                        + "code such as HU, EL or UK (rules/reference/countries.yaml lists them)");
    }

    @Test
    void isoCodeForGreece_pointsToTheEuCode() {
        assertThat(problems("name: x\ndate: 2024-01-01\npackages:\n  - id: p\n    forum: nato\n    positions: { GR: oppose }\n"))
                .containsExactly("bad.yaml:6:18: packages[0].positions.GR: unknown country code 'GR'; Greece is EL in EU usage");
    }

    @Test
    void countryNotYetAMember_isRejectedWithItsAccessionDate() {
        assertThat(problems("name: x\ndate: 2023-12-01\npackages:\n  - id: p\n    forum: nato\n    positions:\n      SE: support\n"))
                .singleElement().asString()
                .startsWith("bad.yaml:7:7: packages[0].positions.SE: SE is not a member of nato on 2023-12-01 (it joined on 2024-03-07)");
    }

    @Test
    void duplicatePackageId_isRejected() {
        assertThat(problems("name: x\ndate: 2024-01-01\npackages:\n" + GOOD_PACKAGE + GOOD_PACKAGE))
                .containsExactly("bad.yaml:7:9: packages[1].id: duplicate package id 'p'; packages[0] already uses it");
    }

    @Test
    void negativeAmount_isRejected() {
        assertThat(problems("name: x\ndate: 2024-01-01\npackages:\n  - id: p\n    forum: BE\n    amount: -5 million EUR\n"))
                .containsExactly("bad.yaml:6:13: packages[0].amount: amount '-5 million EUR' is negative; amounts are zero or more");
    }

    @Test
    void malformedAmount_isRejectedWithTheForms() {
        assertThat(problems("name: x\ndate: 2024-01-01\npackages:\n  - id: p\n    forum: BE\n    amount: lots\n"))
                .singleElement().asString()
                .startsWith("bad.yaml:6:13: packages[0].amount: 'lots' is not an amount; expected a number of euros");
    }

    @Test
    void unknownPosition_listsTheValidOnes() {
        assertThat(problems("name: x\ndate: 2024-01-01\npackages:\n  - id: p\n    forum: nato\n    positions: { HU: veto }\n"))
                .containsExactly("bad.yaml:6:22: packages[0].positions.HU: unknown value 'veto'; expected one of: "
                        + "support, oppose, abstain, constructive-abstain, absent, opt-out, vital-reasons (CFSP by qualified majority), or {support-if: CONDITION}");
    }

    @Test
    void unknownForumAndRule_areBothReported() {
        assertThat(problems("name: x\ndate: 2024-01-01\npackages:\n  - id: p\n    forum: un\n  - id: q\n    forum: nato\n    rule: majority\n"))
                .containsExactly(
                        "bad.yaml:5:12: packages[0].forum: unknown forum 'un'; expected " + SHIPPED_FORUMS
                                + ", or a country code such as PL for a national decision",
                        "bad.yaml:8:11: packages[1].rule: unknown value 'majority'; expected one of: "
                                + "unanimity, qmv, reinforced-qmv, consensus, national, coalition" + ADDED_RULES);
    }

    @Test
    void supportIfUndeclaredCondition_isRejected() {
        assertThat(problems("name: x\ndate: 2024-01-01\npackages:\n  - id: p\n    forum: nato\n    positions:\n      HU: { support-if: deal }\n"))
                .containsExactly("bad.yaml:7:25: packages[0].positions.HU.support-if: unknown condition 'deal'; "
                        + "declare it under conditions (declared: none)");
    }

    @Test
    void expectationForMissingPackage_isRejected() {
        assertThat(problems("name: x\ndate: 2024-01-01\npackages:\n" + GOOD_PACKAGE + "expect:\n  q: { passed: true }\n"))
                .containsExactly("bad.yaml:8:3: expect.q: no package 'q' in this scenario; packages: p");
    }

    @Test
    void badDate_isRejected() {
        assertThat(problems("name: x\ndate: 2024-02-30\npackages:\n" + GOOD_PACKAGE))
                .containsExactly("bad.yaml:2:7: date: '2024-02-30' is not a date; expected YYYY-MM-DD, such as 2024-03-18");
    }

    @Test
    void emptyFile_isRejected() {
        assertThat(problems("")).containsExactly("bad.yaml: the file is empty; expected a document");
    }

    @Test
    void missingFile_isRejected() {
        assertThatThrownBy(() -> TestRules.scenario(Path.of("no/such.yaml")))
                .isInstanceOf(InputException.class)
                .hasMessage("no/such.yaml: no such file or folder");
    }

    @Test
    void natoWithQmvRule_isRefusedWithValidRules() {
        assertThat(problems("name: x\ndate: 2024-07-10\npackages:\n  - id: p\n    forum: nato\n    rule: qmv\n"))
                .containsExactly("bad.yaml:6:11: packages[0].rule: rule qmv has no meaning in forum nato; "
                        + "valid rules for nato: consensus (rules/parameters.yaml)");
    }

    @Test
    void natoWithReinforcedQmvRule_isRefusedWithValidRules() {
        assertThat(problems("name: x\ndate: 2024-07-10\npackages:\n  - id: p\n    forum: nato\n    rule: reinforced-qmv\n"))
                .containsExactly("bad.yaml:6:11: packages[0].rule: rule reinforced-qmv has no meaning in forum nato; "
                        + "valid rules for nato: consensus (rules/parameters.yaml)");
    }

    @Test
    void euCouncilWithConsensusRule_isRefusedWithValidRules() {
        assertThat(problems("name: x\ndate: 2024-07-10\npackages:\n  - id: p\n    forum: eu-council\n    rule: consensus\n"))
                .containsExactly("bad.yaml:6:11: packages[0].rule: rule consensus has no meaning in forum eu-council; "
                        + "valid rules for eu-council: " + TestRules.rules().institutions().forum("eu-council").orElseThrow().ruleWords()
                        + " (rules/parameters.yaml)");
    }

    @Test
    void europeanCouncilWithNationalRule_isRefusedWithValidRules() {
        assertThat(problems("name: x\ndate: 2024-07-10\npackages:\n  - id: p\n    forum: european-council\n    rule: national\n"))
                .containsExactly("bad.yaml:6:11: packages[0].rule: rule national has no meaning in forum european-council; "
                        + "valid rules for european-council: "
                        + TestRules.rules().institutions().forum("european-council").orElseThrow().ruleWords() + " (rules/parameters.yaml)");
    }

    @Test
    void nationalForumWithUnanimityRule_isRefusedWithValidRules() {
        assertThat(problems("name: x\ndate: 2024-07-10\npackages:\n  - id: p\n    forum: BE\n    rule: unanimity\n"))
                .containsExactly("bad.yaml:6:11: packages[0].rule: rule unanimity has no meaning in a national decision (BE); "
                        + "valid rules for BE: national (rules/parameters.yaml)");
    }

    @Test
    void coalitionPackageWithQmvRule_isRefusedWithValidRules() {
        String yaml = "name: x\ndate: 2024-07-10\ncoalitions:\n  - id: it\n    launched: 2023-09-01\n    leads: [EE, LU]\n"
                + "packages:\n  - id: p\n    coalition: it\n    rule: qmv\n";
        assertThat(problems(yaml)).containsExactly("bad.yaml:10:11: packages[0].rule: rule qmv has no meaning for a package "
                + "delivered through a coalition; valid rules: coalition (rules/parameters.yaml)");
    }

    @Test
    void natoDatedBeforeItsFounding_isRefusedAsAForumWithNoMembers() {
        assertThat(problems("name: x\ndate: 1940-01-01\npackages:\n  - id: p\n    forum: nato\n    positions: { default: support }\n"))
                .containsExactly("bad.yaml:5:12: packages[0].forum: nato has no members on 1940-01-01 (rules/reference/nato.yaml); "
                        + "its first members joined on 1949-08-24, so date the scenario on or after that; "
                        + "a forum with no members cannot decide");
    }

    /** A scenario of EU Council packages, each written as {@code - id: ...} lines under packages. */
    private static List<String> linked(String packages) {
        return problems("name: x\ndate: 2025-06-26\nconditions: { agreed: true }\npackages:\n" + packages);
    }

    @Test
    void supportIfList_isRefusedAsAmbiguous() {
        assertThat(linked("  - id: a\n    forum: eu-council\n    positions: { HU: { support-if: [agreed, agreed] } }\n"))
                .containsExactly("bad.yaml:7:36: packages[0].positions.HU.support-if: a list of conditions could mean all of"
                        + " them or any of them: write {all: [a, b]} (every one must hold) or {any: [a, b]} (one is enough)");
    }

    @Test
    void outcomeTest_unknownPackage_isLocatedAndListsThePackages() {
        assertThat(linked("  - id: a\n    forum: eu-council\n    positions: { HU: { support-if: { adopted: b } } }\n"
                + "  - id: c\n    forum: eu-council\n"))
                .containsExactly("bad.yaml:7:47: packages[0].positions.HU.support-if.adopted: unknown package 'b';"
                        + " packages in this file: a, c");
    }

    @Test
    void unknownConditionInsideAll_isLocatedAtItsPlaceInTheList() {
        assertThat(linked("  - id: a\n    forum: eu-council\n    positions: { HU: { support-if: { all: [agreed, other] } } }\n"))
                .containsExactly("bad.yaml:7:52: packages[0].positions.HU.support-if.all[1]: unknown condition 'other';"
                        + " declare it under conditions (declared: agreed)");
    }

    @Test
    void unknownConditionForm_listsTheForms() {
        assertThat(linked("  - id: a\n    forum: eu-council\n  - id: b\n    forum: eu-council\n"
                + "    positions: { HU: { support-if: { vetoed: a } } }\n"))
                .containsExactly("bad.yaml:9:38: packages[1].positions.HU.support-if.vetoed: unknown condition form 'vetoed';"
                        + " expected a condition name, {adopted: PACKAGE}, {blocked: PACKAGE}, {failed: PACKAGE},"
                        + " {waiting: PACKAGE}, {all: [...]} or {any: [...]}");
    }

    @Test
    void emptyAll_isRefused() {
        assertThat(linked("  - id: a\n    forum: eu-council\n    positions: { HU: { support-if: { all: [] } } }\n"))
                .containsExactly("bad.yaml:7:43: packages[0].positions.HU.support-if.all: expected a non-empty list of"
                        + " conditions, as in {all: [a, {adopted: PACKAGE}]}");
    }

    @Test
    void requiresUnknownPackage_isLocatedAndListsThePackages() {
        assertThat(linked("  - id: a\n    forum: eu-council\n    requires: [a-typo]\n"))
                .containsExactly("bad.yaml:7:16: packages[0].requires[0]: unknown package 'a-typo'; packages in this file: a");
    }

    @Test
    void requiresCycle_isRefusedWithTheCycleNamed() {
        assertThat(linked("  - id: a\n    forum: eu-council\n    requires: [b]\n"
                + "  - id: b\n    forum: eu-council\n    requires: [a]\n"))
                .containsExactly("bad.yaml:7:16: packages[0].requires[0]: a cycle of linked packages: a -> b -> a;"
                        + " a package cannot wait for, or depend on, its own outcome (through requires or a condition on an outcome)");
    }

    @Test
    void conditionOnOwnOutcome_isACycleOfOne() {
        assertThat(linked("  - id: a\n    forum: eu-council\n    positions: { HU: { support-if: { any: [agreed, { blocked: a }] } } }\n"))
                .containsExactly("bad.yaml:7:63: packages[0].positions.HU.support-if.any[1].blocked: a cycle of linked"
                        + " packages: a -> a; a package cannot wait for, or depend on, its own outcome (through requires or a"
                        + " condition on an outcome)");
    }

    @Test
    void cycleThroughRequiresAndAnEventsCondition_isRefused() {
        List<String> problems = problems("name: x\ndate: 2025-06-26\nend: 2025-12-31\npackages:\n"
                + "  - id: a\n    forum: eu-council\n    requires: [b]\n  - id: b\n    forum: eu-council\n"
                + "events:\n  - { date: 2025-07-01, package: b, member: HU, position: { support-if: { adopted: a } } }\n");
        assertThat(problems).singleElement().asString().contains("a cycle of linked packages: a -> b -> a");
    }

    @Test
    void emptySourceEntry_isLocatedNotACrash() {
        // Found by MalformedInputTest: "- #docs/..." makes the entry a comment, so the list holds null.
        assertThat(problems("name: x\ndate: 2024-01-01\nsources:\n  - #gone\n  - ok\npackages:\n" + GOOD_PACKAGE))
                .singleElement().asString().startsWith("bad.yaml:").contains("sources[0]: expected a text saying where a fact comes from");
    }
}
