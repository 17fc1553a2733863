package org.aidsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.aidsim.TestRules;
import org.aidsim.model.DecisionRule;
import org.aidsim.model.Position;
import org.aidsim.model.Scenario;
import org.junit.jupiter.api.Test;

class OverridesTest {
    private static final Path FACILITY = Path.of("src/test/resources/fixtures/ukraine-facility-one-vote-2023-12.yaml");

    private static Scenario load(List<String> sets, List<Path> overlays) {
        return ScenarioLoader.load(FACILITY, TestRules.rules().institutions(), Overrides.of(sets, overlays));
    }

    private static String problems(List<String> sets, List<Path> overlays) {
        try {
            load(sets, overlays);
        } catch (InputException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected problems");
    }

    @Test
    void setPositionAndRule_changeTheScenario() {
        Scenario s = load(List.of("ukraine-facility.positions.HU=abstain", "packages.ukraine-facility.rule=qmv"), List.of());
        assertThat(s.packages().get(0).rule()).isEqualTo(DecisionRule.QMV);
        assertThat(s.stances().stream().filter(st -> st.member().code().equals("HU")).findFirst().orElseThrow().declared())
                .isEqualTo(Position.ABSTAIN);
    }

    @Test
    void badKeys_nameTheKeyAndTheValidOnes() {
        assertThat(problems(List.of("foo=1", "ukraine-facility.rul=qmv", "conditions.x=true", "ukraine-facility.positions=x"), List.of()))
                .isEqualTo("""
                        src/test/resources/fixtures/ukraine-facility-one-vote-2023-12.yaml: --set foo=1: unknown key 'foo'; expected name, date, description, conditions.NAME, parameters.PATH, or PACKAGE.FIELD where PACKAGE is one of: ukraine-facility
                        src/test/resources/fixtures/ukraine-facility-one-vote-2023-12.yaml: --set ukraine-facility.rul=qmv: unknown field 'rul' of package 'ukraine-facility'; expected one of: amount, area, cfsp, coalition, concerned, cost-shares, enhanced-cooperation, forum, implementation, in-force-until, no-opinion-blocks, participation, positions.MEMBER, renewal, requires, rule, sources, stages.STAGE.FIELD, title, tranches, votes.COUNT
                        src/test/resources/fixtures/ukraine-facility-one-vote-2023-12.yaml: --set conditions.x=true: unknown condition 'x'; the scenario declares: none
                        src/test/resources/fixtures/ukraine-facility-one-vote-2023-12.yaml: --set ukraine-facility.positions=x: name the member: ukraine-facility.positions.MEMBER=POSITION, such as ukraine-facility.positions.HU=support (or positions.default)""");
        assertThat(problems(List.of("HU"), List.of()))
                .isEqualTo("--set HU: expected KEY=VALUE, such as ukraine-facility.positions.HU=support or conditions.concessions-agreed=true");
    }

    @Test
    void badValue_isReportedAsComingFromTheSet() {
        assertThat(problems(List.of("ukraine-facility.positions.HU=veto"), List.of())).isEqualTo(
                FACILITY + ": --set ukraine-facility.positions.HU=veto: packages[0].positions.HU: unknown value 'veto'; expected one of: "
                        + "support, oppose, abstain, constructive-abstain, absent, opt-out, vital-reasons (CFSP by qualified majority), or {support-if: CONDITION}");
    }

    @Test
    void overlay_mergesPackagesById_andConditions() {
        Path overlay = TestRules.write("reform.yaml", """
                conditions: { concessions-agreed: true }
                packages:
                  - id: ukraine-facility
                    positions: { HU: {support-if: concessions-agreed} }
                """);
        Scenario s = load(List.of(), List.of(overlay));
        assertThat(s.conditions()).hasSize(1);
        assertThat(s.packages().get(0).rule()).isEqualTo(DecisionRule.UNANIMITY);
        assertThat(s.stances().stream().filter(st -> st.member().code().equals("HU")).findFirst().orElseThrow().condition())
                .isEqualTo("concessions-agreed");
    }

    @Test
    void overlayListingOneCoalitionMember_mergesItByCountryAndKeepsTheOthers() {
        Path overlay = TestRules.write("nl-early.yaml", """
                coalitions:
                  - id: it
                    members:
                      - { country: NL, joined: 2023-12-01, pledge: 12 million EUR }
                """);
        Scenario s = ScenarioLoader.load(Path.of("scenarios/coalitions/it-coalition-2023-12.yaml"),
                TestRules.rules().institutions(), Overrides.of(List.of(), List.of(overlay)));
        assertThat(s.claims().stream().map(c -> c.member().code() + " " + c.joined() + " " + c.pledge().human()).toList())
                .containsExactly("EE 2023-09-19 EUR 500,000", "LU 2023-09-19 EUR 10 m", "BE 2023-09-19 nothing",
                        "DK 2023-09-19 nothing", "LT 2023-09-19 nothing", "LV 2023-09-19 nothing", "NL 2023-12-01 EUR 12 m");
    }

    @Test
    void problemTheOverlayCausesInTheBaseFile_saysItFollowsTheOverlay() {
        Path overlay = TestRules.write("one-inflow.yaml", """
                pools:
                  - id: windfall
                    inflows: [ { date: 2024-07-26, amount: 1.5 billion EUR } ]
                """);
        Path windfall = Path.of("scenarios/disbursement/windfall-proceeds-2024-2025.yaml");
        try {
            ScenarioLoader.load(windfall, TestRules.rules().institutions(), Overrides.of(List.of(), List.of(overlay)));
            throw new AssertionError("expected problems");
        } catch (InputException e) {
            assertThat(e.getMessage().lines().findFirst().orElseThrow()).matches(windfall + ":\\d+:63: \\Q"
                    + "packages[0].tranches[2].inflow: pool epf-windfall receives no money on 2025-04-01; a share is "
                    + "taken of an inflow listed under the pool or its events (after applying --with " + overlay + ")\\E");
        }
    }

    @Test
    void overlayProblems_pointAtTheOverlayLine() {
        Path overlay = TestRules.write("reform.yaml", """
                packages:
                  - id: ukraine-facility
                    positions: { SK: maybe }
                    bogus: 1
                  - id: ukraine-facilty
                    positions: { PL: oppose }
                """);
        assertThat(problems(List.of(), List.of(overlay))).isEqualTo(
                overlay + ":5:9: packages[1].id: no package 'ukraine-facilty' in " + FACILITY
                        + " (its packages: ukraine-facility); to add a package, give its forum as well");
        Path typo = TestRules.write("reform.yaml", "packages:\n  - id: ukraine-facility\n    bogus: 1\n");
        assertThat(problems(List.of(), List.of(typo))).isEqualTo(typo + ":3:5: packages[0].bogus: unknown field 'bogus'; "
                + "expected one of: amount, area, cfsp, coalition, concerned, cost-shares, enhanced-cooperation, forum, id, implementation, in-force-until, no-opinion-blocks, participation, positions, renewal, requires, rule, sources, stages, title, tranches, votes");
        Path noId = TestRules.write("reform.yaml", "packages:\n  - rule: qmv\n");
        assertThat(problems(List.of(), List.of(noId))).isEqualTo(noId + ":2:5: packages[0]: each package in an overlay needs "
                + "the id of the package it changes; the scenario's packages: ukraine-facility");
    }
}
