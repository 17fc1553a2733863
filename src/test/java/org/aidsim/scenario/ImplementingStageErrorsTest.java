package org.aidsim.scenario;

import static org.aidsim.scenario.ScenarioErrorsTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Bad input around implementing stages (issue 10): a tranche's {@code stage:} and stages marked
 * {@code implementing: true}, each problem located at its field and explained (exit 3 through the CLI).
 */
class ImplementingStageErrorsTest {
    /** A package adopted at {@code creation}, with the stages and tranche written after it. */
    private static String scenario(String moreStages, String tranches) {
        return "name: x\ndate: 2024-03-18\npools:\n  - { id: uaf, opening: 5 billion EUR }\npackages:\n  - id: fund\n"
                + "    stages:\n      - { id: creation, forum: eu-council, rule: unanimity, positions: { default: support } }\n"
                + moreStages + "    tranches:\n" + tranches;
    }

    private static final String MEASURES = "      - { id: measures, forum: eu-council, rule: unanimity, after: [creation],"
            + " implementing: true, positions: { default: support } }\n";

    @Test
    void trancheStageUnknown_isLocatedExit3() {
        assertThat(problems(scenario(MEASURES, "      - { id: t, pool: uaf, amount: 1 EUR, stage: measure }\n"
                + "      - { id: u, pool: uaf, amount: 1 EUR, stage: measures }\n")))
                .containsExactly("bad.yaml:11:51: packages[0].tranches[0].stage: unknown stage 'measure'; stages of"
                        + " fund: creation, measures");
    }

    @Test
    void trancheNamesAdoptingStage_isRefusedWithTheFix() {
        assertThat(problems(scenario(MEASURES, "      - { id: t, pool: uaf, amount: 1 EUR, stage: creation }\n"
                + "      - { id: u, pool: uaf, amount: 1 EUR, stage: measures }\n")))
                .singleElement().asString().endsWith("packages[0].tranches[0].stage: stage 'creation' of fund is a step of"
                        + " the package's adoption, not an implementing decision; mark it implementing: true (it then"
                        + " stops counting toward the package's adoption and gates only the tranches naming it), or leave"
                        + " stage out (every tranche already waits for the adoption)");
    }

    @Test
    void trancheStageOnAPackageWithoutStages_isRefused() {
        assertThat(problems("name: x\ndate: 2024-03-18\npools:\n  - { id: uaf, opening: 5 billion EUR }\npackages:\n"
                + "  - id: fund\n    forum: eu-council\n    rule: unanimity\n    positions: { default: support }\n"
                + "    tranches:\n      - { id: t, pool: uaf, amount: 1 EUR, stage: measures }\n"))
                .singleElement().asString().endsWith("packages[0].tranches[0].stage: package fund has no stages, so no"
                        + " implementing stage can gate this tranche; write the package's decisions under stages: and add"
                        + " one with implementing: true and id measures, or leave stage out");
    }

    @Test
    void implementingStageNamedByNoTranche_isAnError() {
        assertThat(problems(scenario(MEASURES, "      - { id: t, pool: uaf, amount: 1 EUR }\n")))
                .singleElement().asString().endsWith("packages[0].stages[1].implementing: implementing stage 'measures' is"
                        + " named by no tranche, so it would gate nothing and change no outcome; name it in a tranche's"
                        + " stage: measures, or leave implementing out to make it a step of the package's adoption");
    }

    @Test
    void trancheStageMisspelt_isNamedBesideTheUnnamedImplementingStage() {
        assertThat(problems(scenario(MEASURES, "      - { id: t, pool: uaf, amount: 1 EUR, stage: mesures }\n")))
                .singleElement().asString().endsWith("or leave implementing out to make it a step of the package's"
                        + " adoption (tranche t names stage 'mesures', which is no stage of fund)");
    }

    @Test
    void adoptingStageAfterAnImplementingOne_isRefused() {
        assertThat(problems(scenario(MEASURES
                        + "      - { id: regulation, forum: eu-council, rule: qmv, after: [measures], positions: { default: support } }\n",
                "      - { id: t, pool: uaf, amount: 1 EUR, stage: measures }\n")))
                .singleElement().asString().endsWith("packages[0].stages[2].after[0]: stage 'regulation' adopts package fund"
                        + " but comes after 'measures', an implementing decision, which is taken only once the package is"
                        + " adopted; remove 'measures' from its after, or mark 'regulation' implementing: true too");
    }

    @Test
    void everyStageImplementing_isRefused_nothingWouldAdoptThePackage() {
        assertThat(problems("name: x\ndate: 2024-03-18\npools:\n  - { id: uaf, opening: 5 billion EUR }\npackages:\n"
                + "  - id: fund\n    stages:\n"
                + "      - { id: measures, forum: eu-council, implementing: true, positions: { default: support } }\n"
                + "    tranches:\n      - { id: t, pool: uaf, amount: 1 EUR, stage: measures }\n"))
                .singleElement().asString().endsWith("packages[0].stages: every stage of package fund is implementing: true,"
                        + " so nothing decides its adoption; leave implementing out of the stage (or stages) that adopt it");
    }

    @Test
    void implementingStageDatedBeforeTheAdoption_isRefused() {
        assertThat(problems("name: x\ndate: 2024-03-18\npools:\n  - { id: uaf, opening: 5 billion EUR }\npackages:\n"
                + "  - id: fund\n    stages:\n"
                + "      - { id: creation, forum: eu-council, date: 2024-04-01, positions: { default: support } }\n"
                + "      - { id: measures, forum: eu-council, date: 2024-03-20, implementing: true, positions: { default: support } }\n"
                + "    tranches:\n      - { id: t, pool: uaf, amount: 1 EUR, stage: measures }\n"))
                .singleElement().asString().endsWith("packages[0].stages[1].date: implementing stage 'measures' is dated"
                        + " 2024-03-20, before package fund can be adopted (its last adopting stage is due on 2024-04-01);"
                        + " an implementing decision is taken only once the package is adopted: write a date on or after"
                        + " 2024-04-01, or none (then it is decided when its tranche falls due)");
    }

    @Test
    void implementationShorthandOnAStagedPackage_pointsToImplementingStages() {
        assertThat(problems("name: x\ndate: 2024-03-18\npackages:\n  - id: fund\n    implementation: { HU: oppose }\n"
                + "    stages:\n      - { id: creation, forum: eu-council, positions: { default: support } }\n"))
                .singleElement().asString().endsWith("packages[0].implementation: a package decided in stages writes its"
                        + " implementing decisions as stages: add a stage with implementing: true and its own positions,"
                        + " and name it in the tranches it gates (stage: ID); implementation: is for a package decided once"
                        + " (implementing stages: README)");
    }
}
