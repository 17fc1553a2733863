package org.aidsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each way a coalition in a scenario can be wrong, with the exact line a user sees. */
class CoalitionErrorsTest {
    private static List<String> problems(String coalitions) {
        return problems(coalitions, "");
    }

    private static List<String> problems(String coalitions, String rest) {
        return ScenarioErrorsTest.problems("name: x\ndate: 2024-03-01\ncoalitions:\n" + coalitions + rest);
    }

    private static final String IT = """
              - id: it
                launched: 2023-09-01
                leads: [EE, LU]
            """;

    @Test
    void packageThroughUnknownCoalition_isRejectedWithTheKnownOnes() {
        assertThat(problems(IT, "packages:\n  - { id: p, coalition: drone }\n"))
                .containsExactly("bad.yaml:8:25: packages[0].coalition: unknown coalition 'drone'; coalitions in this scenario: it");
    }

    @Test
    void cfspOnAPackageThroughACoalition_isRejectedNotIgnored() {
        assertThat(problems(IT, "packages:\n  - { id: p, coalition: it, cfsp: true }\n"))
                .singleElement().asString().contains("packages[0].cfsp: cfsp marks a decision of the EU's common foreign"
                        + " and security policy; a package delivered through a coalition is not one: drop cfsp");
    }

    @Test
    void expectationOfUnknownCoalition_isRejected() {
        assertThat(problems(IT, "expect:\n  coalitions:\n    drone: { active: true }\n"))
                .containsExactly("bad.yaml:9:5: expect.coalitions.drone: no coalition 'drone' in this scenario; coalitions: it");
    }

    @Test
    void leadOutsideEligibility_isRejected() {
        assertThat(problems("  - { id: c, launched: 2024-01-01, leads: [NL, JP], eligible: [eu] }\n"))
                .containsExactly("bad.yaml:4:48: coalitions[0].leads[1]: lead nation JP is not eligible to join c on 2024-03-01 "
                        + "(eligible: eu); a lead is always a member, so it must be eligible");
    }

    @Test
    void leadThatLeaves_isRejected() {
        assertThat(problems(IT + "    members:\n      - { country: EE, joined: 2023-09-01, left: 2024-01-01 }\n"))
                .containsExactly("bad.yaml:8:50: coalitions[0].members[0].left: EE is a lead nation of it and always a member;"
                        + " a lead cannot leave (drop it from leads to model a coalition without it)");
    }

    @Test
    void joiningBeforeTheLaunch_isRejected() {
        assertThat(problems(IT + "    members:\n      - { country: NL, joined: 2023-08-31 }\n"))
                .containsExactly("bad.yaml:8:32: coalitions[0].members[0].joined: NL joined on 2023-08-31, before it was "
                        + "launched on 2023-09-01; a member joins on or after the launch");
    }

    @Test
    void missingLaunchDate_isRejected() {
        assertThat(problems("  - { id: c, leads: [EE] }\n"))
                .containsExactly("bad.yaml:4:5: coalitions[0].launched: a coalition needs a launched date (YYYY-MM-DD);"
                        + " no member can join before it");
    }

    @Test
    void negativePledges_areRejected() {
        assertThat(problems(IT + "    members:\n      - { country: NL, joined: 2024-01-15, pledge: -10 million EUR }\n"
                + "      - { country: BE, joined: 2024-01-15, pledge: { items: -3 } }\n"))
                .containsExactly(
                        "bad.yaml:8:52: coalitions[0].members[0].pledge: amount '-10 million EUR' is negative; amounts are zero or more",
                        "bad.yaml:9:61: coalitions[0].members[1].pledge.items: '-3' is not a count of items; expected a whole number, zero or more");
    }

    @Test
    void duplicateMembers_areRejected() {
        assertThat(problems(IT + "    members:\n      - { country: NL, joined: 2024-01-15 }\n      - { country: NL, joined: 2024-02-01 }\n"))
                .containsExactly("bad.yaml:9:20: coalitions[0].members[1].country: duplicate member 'NL'; members[0] already lists it"
                        + " (one entry per state: joined, left and pledge together)");
    }

    @Test
    void duplicateLeadsAndCoalitionIds_areRejected() {
        assertThat(problems("  - { id: c, launched: 2024-01-01, leads: [EE, EE] }\n  - { id: c, launched: 2024-01-01, leads: [LV] }\n"))
                .containsExactly(
                        "bad.yaml:4:48: coalitions[0].leads[1]: duplicate lead nation 'EE'; leads[0] already names it",
                        "bad.yaml:5:11: coalitions[1].id: duplicate coalition id 'c'; coalitions[0] already uses it");
    }

    @Test
    void leavingBeforeJoining_isRejected() {
        assertThat(problems(IT + "    members:\n      - { country: NL, joined: 2024-01-15, left: 2024-01-15 }\n"))
                .containsExactly("bad.yaml:8:50: coalitions[0].members[0].left: NL left on 2024-01-15, not after it joined on 2024-01-15");
    }

    @Test
    void unknownEligibility_listsRostersAndCountries() {
        assertThat(problems("  - { id: c, launched: 2024-01-01, leads: [EE], eligible: [asean] }\n"))
                .containsExactly("bad.yaml:4:60: coalitions[0].eligible[0]: unknown roster or country 'asean'; expected one of:"
                        + " eec, eu, nato, udcg, or a country code such as JP");
    }

    @Test
    void coalitionPackageWithForumAndPositions_isRejected() {
        assertThat(problems(IT, "packages:\n  - { id: p, coalition: it, forum: nato, positions: { HU: oppose } }\n"))
                .containsExactly(
                        "bad.yaml:8:36: packages[0].forum: a package delivered through a coalition is decided by the coalition;"
                                + " drop forum (or drop coalition for a decision of nato)",
                        "bad.yaml:8:53: packages[0].positions: a package delivered through a coalition takes no positions;"
                                + " its members decide by joining and pledging");
    }

    @Test
    void ruleCoalitionWithoutCoalition_isRejected() {
        assertThat(problems(IT, "packages:\n  - { id: p, forum: nato, rule: coalition }\n"))
                .containsExactly("bad.yaml:8:33: packages[0].rule: rule coalition needs coalition: ID, the coalition that delivers the package");
    }

    @Test
    void bareNorway_isReadAsNorway() {
        assertThat(problems("  - { id: c, launched: 2024-01-01, leads: [NO, XX] }\n")).singleElement().asString()
                .contains("unknown country code 'XX'");
    }

    @Test
    void falseAsCountry_getsTheNorwayHint() {
        assertThat(problems("  - { id: c, launched: 2024-01-01, leads: [false] }\n")).singleElement().asString()
                .endsWith("; false is not a country: Norway is NO");
    }
}
