package org.aidsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.aidsim.TestRules;
import org.aidsim.model.CoalitionResult;
import org.aidsim.model.Contribution;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Money;
import org.aidsim.model.PackageResult;
import org.aidsim.model.ScenarioResult;
import org.aidsim.model.Verdict;
import org.junit.jupiter.api.Test;

/** Each coalition rule, on inline scenarios: membership on a date, leads, activity, pledges, targets, delivery. */
class CoalitionRulesTest {
    private static String scenario(String date, String coalition, String packages) {
        return "name: test\ndate: " + date + "\ncoalitions:\n  - id: c\n    launched: 2024-01-01\n"
                + coalition.indent(4) + (packages.isEmpty() ? "" : "packages:\n" + packages.indent(2));
    }

    private static CoalitionResult coalition(String date, String coalition) {
        return TestRules.run(scenario(date, coalition, "")).coalition("c").orElseThrow();
    }

    private static final String IT = """
            leads: [EE, LU]
            members:
              - { country: EE, joined: 2024-01-01, pledge: 0.5 million EUR }
              - { country: LU, joined: 2024-01-01, pledge: 10 million EUR }
              - { country: NL, joined: 2024-01-15, pledge: 10 million EUR }
            """;

    @Test
    void memberOnItsJoiningDay_counts() {
        CoalitionResult c = coalition("2024-01-15", IT);
        assertThat(c.members()).extracting(CountryCode::code).containsExactly("EE", "LU", "NL");
        assertThat(c.pledged()).isEqualTo(Contribution.of(Money.euros("20500000")));
    }

    @Test
    void memberTheDayBeforeJoining_doesNotCountNorItsPledge() {
        CoalitionResult c = coalition("2024-01-14", IT);
        assertThat(c.members()).extracting(CountryCode::code).containsExactly("EE", "LU");
        assertThat(c.pledged().euros()).isEqualTo(Money.euros("10500000"));
        assertThat(c.reasons()).contains("NL is not a member of c before 2024-01-15",
                "NL's pledge of EUR 10 m does not count: it is not a member on 2024-01-14");
    }

    @Test
    void leadWithoutOwnEntry_isAMemberFromTheLaunch() {
        CoalitionResult c = coalition("2024-01-01", "leads: [LV, UK]\n");
        assertThat(c.leads()).extracting(CountryCode::code).containsExactly("LV", "UK");
        assertThat(c.active()).isTrue();
        assertThat(c.rulesFired()).contains("A lead nation is always a member of the coalition it leads");
    }

    @Test
    void scenarioBeforeLaunch_isNotActive() {
        CoalitionResult c = coalition("2023-12-31", "leads: [LV, UK]\n");
        assertThat(c.active()).isFalse();
        assertThat(c.members()).isEmpty();
        assertThat(c.reasons()).contains("not launched until 2024-01-01");
    }

    @Test
    void intentOfEligibleState_becomesMembership() {
        CoalitionResult c = coalition("2024-01-29", "leads: [LV]\nmembers:\n  - { country: SE, joined: 2024-01-29, intent: true }\n");
        assertThat(c.members()).extracting(CountryCode::code).containsExactly("LV", "SE");
        assertThat(c.rulesFired()).contains("A declared readiness to join becomes membership when the state is eligible");
    }

    @Test
    void stateOutsideTheContactGroup_isNotEligibleByDefault() {
        CoalitionResult c = coalition("2024-02-01", "leads: [LV, LT]\nmembers:\n  - { country: UA, joined: 2024-01-29, pledge: 1 million EUR }\n");
        assertThat(c.members()).extracting(CountryCode::code).containsExactly("LT", "LV");
        assertThat(c.pledged().isNone()).isTrue();
        assertThat(c.reasons()).contains("UA is not eligible to join c (eligible: udcg)");
    }

    @Test
    void nonNatoStateBeforeAccession_isNotEligibleToANatoOnlyCoalition() {
        String sweden = "leads: [DK]\neligible: [nato]\nmembers:\n  - { country: SE, joined: 2024-02-01 }\n";
        assertThat(coalition("2024-03-06", sweden).members()).extracting(CountryCode::code).containsExactly("DK");
        assertThat(coalition("2024-03-07", sweden).members()).extracting(CountryCode::code).containsExactly("DK", "SE");
    }

    @Test
    void memberOnItsLeavingDay_nolongerCounts() {
        String leaving = "leads: [CZ]\nmembers:\n  - { country: LT, joined: 2024-02-01, left: 2024-06-01, pledge: 6 million EUR }\n";
        assertThat(coalition("2024-05-31", leaving).pledged().euros()).isEqualTo(Money.euros("6000000"));
        CoalitionResult after = coalition("2024-06-01", leaving);
        assertThat(after.pledged().isNone()).isTrue();
        assertThat(after.active()).isFalse();
        assertThat(after.reasons()).contains("LT left c on 2024-06-01", "1 member, at least 2 needed");
    }

    @Test
    void minMembers_setsTheLineForActivity() {
        assertThat(coalition("2024-02-01", "leads: [IS]\nmin-members: 1\n").active()).isTrue();
        assertThat(coalition("2024-02-01", "leads: [IS, LT]\nmin-members: 3\n").reasons())
                .containsExactly("2 members, at least 3 needed");
    }

    @Test
    void noLeadAndTooFew_giveBothReasons() {
        CoalitionResult c = coalition("2024-02-01", "leads: []\nmembers:\n  - { country: FI, joined: 2024-01-01 }\n");
        assertThat(c.active()).isFalse();
        assertThat(c.reasons()).containsExactly("1 member, at least 2 needed", "no lead nation among its members");
    }

    @Test
    void itemsTarget_isMetByItemPledgesOnly() {
        CoalitionResult c = coalition("2024-02-01", """
                leads: [LV]
                target: { items: 100 }
                members:
                  - { country: LV, joined: 2024-01-01, pledge: { items: 99 } }
                  - { country: SE, joined: 2024-01-01, pledge: 50 million EUR }
                """);
        assertThat(c.targetMet()).isFalse();
        assertThat(c.reasons()).contains("target missed: members pledged EUR 50 m and 99 items, target 100 items, short by 1 item");
    }

    @Test
    void noTarget_leavesTargetMetUnstated() {
        assertThat(coalition("2024-02-01", IT).targetMet()).isNull();
    }

    @Test
    void deliveredPackage_dependsOnMembersWhoseLeavingAloneWouldSinkIt() {
        ScenarioResult r = TestRules.run(scenario("2024-02-01", IT, "- { id: p, coalition: c, amount: 20 million EUR }\n"));
        PackageResult p = r.aidPackage("p").orElseThrow();
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.dependsOn()).extracting(CountryCode::code).containsExactly("LU", "NL");
        assertThat(p.dependencies().get(0).reason())
                .isEqualTo("depends on LU: without it, members' pledges would be EUR 10.5 m, EUR 20 m needed");
    }

    @Test
    void soleLead_isADependencyEvenWithoutAPledge() {
        ScenarioResult r = TestRules.run(scenario("2024-02-01", """
                leads: [LV]
                members:
                  - { country: SE, joined: 2024-01-01 }
                  - { country: DK, joined: 2024-01-01 }
                """, "- { id: p, coalition: c }\n"));
        PackageResult p = r.aidPackage("p").orElseThrow();
        assertThat(p.passed()).isTrue();
        assertThat(p.dependencies()).singleElement().extracting(d -> d.reason())
                .isEqualTo("depends on LV: without it, no lead nation would remain");
    }

    @Test
    void packageThroughInactiveCoalition_failsWithTheCoalitionsReasons() {
        ScenarioResult r = TestRules.run(scenario("2024-02-01", "leads: [IS]\n", "- { id: p, coalition: c, amount: 1 million EUR }\n"));
        PackageResult p = r.aidPackage("p").orElseThrow();
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.reasons()).containsExactly("coalition c is not active: 1 member, at least 2 needed");
        assertThat(p.dependsOn()).isEmpty();
    }

    @Test
    void coalitionPackage_isNotTallied() {
        ScenarioResult r = TestRules.run(scenario("2024-02-01", IT, "- { id: p, coalition: c, amount: 1 million EUR }\n"));
        assertThat(r.aidPackage("p").orElseThrow().rulesFired())
                .doesNotContain("The votes are tallied once every member's position is resolved");
    }
}
