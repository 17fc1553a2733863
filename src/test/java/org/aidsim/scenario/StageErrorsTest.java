package org.aidsim.scenario;

import static org.aidsim.scenario.ScenarioErrorsTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bad input in a package's stages: each problem located at its field and explained (exit 3 through the CLI). */
class StageErrorsTest {
    private static String scenario(String stages) {
        return "name: x\ndate: 2024-02-01\npackages:\n  - id: p\n    stages:\n" + stages;
    }

    @Test
    void stageAfterAnUnknownStage_isRejectedWithThePackagesStages() {
        assertThat(problems(scenario("""
                      - { id: a, forum: european-council }
                      - { id: b, forum: eu-council, after: [c] }
                """))).containsExactly("bad.yaml:7:45: packages[0].stages[1].after[0]: stage 'b' comes after 'c', which is"
                + " not a stage of package p; its stages: a, b");
    }

    @Test
    void stagesWaitingForEachOther_areRejectedWithTheCycleNamed() {
        assertThat(problems(scenario("""
                      - { id: a, forum: european-council, after: [b] }
                      - { id: b, forum: eu-council, after: [a] }
                """))).singleElement().asString().contains("packages[0].stages[0].after: stages a -> b -> a wait for"
                + " each other in a cycle, so none can ever be decided");
    }

    @Test
    void duplicateStageId_isRejected() {
        assertThat(problems(scenario("""
                      - { id: a, forum: european-council }
                      - { id: a, forum: eu-council }
                """))).singleElement().asString().endsWith("packages[0].stages[1].id: duplicate stage id 'a'; stages[0] already uses it");
    }

    @Test
    void deadlineBeforeTheStagesDate_isRejected() {
        assertThat(problems(scenario("""
                      - { id: a, forum: eu-council, date: 2024-03-01, deadline: 2024-02-15 }
                """))).singleElement().asString().endsWith("packages[0].stages[0].deadline: the deadline 2024-02-15 is"
                + " before the day stage 'a' is due (2024-03-01, its date); it could never be met");
    }

    @Test
    void stageDatedBeforeAStageItComesAfter_isRejected() {
        assertThat(problems(scenario("""
                      - { id: a, forum: european-council, date: 2024-03-01 }
                      - { id: b, forum: eu-council, after: [a], date: 2024-02-15 }
                """))).singleElement().asString().endsWith("packages[0].stages[1].date: stage 'b' is dated 2024-02-15,"
                + " before stage 'a', which it comes after, is due (2024-03-01); a stage is decided only after the stages it comes after");
    }

    @Test
    void positionsBesideStages_areRejected_theyBelongInAStage() {
        assertThat(problems("name: x\ndate: 2024-02-01\npackages:\n  - id: p\n    forum: eu-council\n"
                + "    positions: { HU: oppose }\n    stages:\n      - { id: a, forum: eu-council }\n"))
                .anySatisfy(p -> assertThat(p).endsWith("packages[0].positions: a package decided in stages takes positions"
                        + " from each stage, not from the package: move positions into the stages that need it (packages decided in stages: README)"))
                .anySatisfy(p -> assertThat(p).contains("packages[0].forum: a package decided in stages takes forum"));
    }

    @Test
    void emptyStageList_isRejected() {
        assertThat(problems("name: x\ndate: 2024-02-01\npackages:\n  - id: p\n    stages: []\n"))
                .singleElement().asString().endsWith("packages[0].stages: stages: lists the package's decisions, at least one;"
                        + " leave it out for a package decided once");
    }

    @Test
    void outcomeWithoutADeadline_isRejected() {
        assertThat(problems(scenario("""
                      - { id: a, forum: eu-council, outcome: expired }
                """))).singleElement().asString().contains("packages[0].stages[0].outcome: outcome names what the package"
                + " comes to when the stage lapses, which needs a deadline");
    }

    @Test
    void stagePositionOfANonMember_isLocatedAtTheStage() {
        assertThat(problems(scenario("""
                      - { id: a, forum: eu-council, positions: { NO: oppose } }
                """))).singleElement().asString().contains("packages[0].stages[0].positions.NO: NO is not a member of eu-council");
    }

    @Test
    void eventWithoutAStageOnAStagedPackage_isRejected() {
        assertThat(problems(scenario("""
                      - { id: a, forum: eu-council }
                events:
                  - { date: 2024-02-10, package: p, member: HU, position: oppose }
                """))).singleElement().asString().contains("events[0]: package p is decided in stages: an event changes"
                + " the positions of one of its stages (stage: ID; its stages: a)");
    }

    @Test
    void invalidStageBeforeALaterStage_isReportedAtThatStageOnly() {
        assertThat(problems(scenario("""
                      - { id: a, forum: european-parliament, rule: component-members }
                      - { id: b, forum: eu-council, rule: unanimity, after: [a] }
                """))).isNotEmpty().allSatisfy(p -> assertThat(p).contains("packages[0].stages[0]"));
    }
}
