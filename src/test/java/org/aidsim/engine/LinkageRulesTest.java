package org.aidsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.aidsim.TestRules;
import org.aidsim.model.PackageResult;
import org.aidsim.model.Position;
import org.aidsim.model.ScenarioResult;
import org.aidsim.model.TimelineStep;
import org.aidsim.model.Verdict;
import org.aidsim.model.Vote;
import org.junit.jupiter.api.Test;

/** rules/consensus/linkage.drl: conditions on other packages' outcomes, all/any, and requires. */
class LinkageRulesTest {
    private static final String LEAD_VETOED = """
              - id: lead
                forum: eu-council
                rule: unanimity
                positions: { default: support, HU: oppose }
            """;

    private static final String LEAD_ADOPTED = """
              - id: lead
                forum: eu-council
                rule: unanimity
            """;

    private static ScenarioResult run(String conditions, String packages) {
        return TestRules.run("name: t\ndate: 2025-06-26\n" + conditions + "packages:\n" + packages);
    }

    private static PackageResult follower(ScenarioResult result) {
        return result.aidPackage("follower").orElseThrow();
    }

    private static String follows(String supportIf) {
        return """
                  - id: follower
                    forum: eu-council
                    rule: unanimity
                    positions: { default: support, HU: { support-if: %s } }
                """.formatted(supportIf);
    }

    private static Vote hungary(PackageResult p) {
        return p.votes().stream().filter(v -> v.member().code().equals("HU")).findFirst().orElseThrow();
    }

    @Test
    void adoptedTest_linkedPackageAdopted_supportsAndSaysWhy() {
        PackageResult p = follower(run("", LEAD_ADOPTED + follows("{ adopted: lead }")));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(hungary(p).position()).isEqualTo(Position.SUPPORT);
        assertThat(hungary(p).basis()).isEqualTo("condition {adopted: lead} holds: lead is adopted");
    }

    @Test
    void adoptedTest_linkedPackageBlocked_opposesNamingTheLinkedOutcome() {
        PackageResult p = follower(run("", LEAD_VETOED + follows("{ adopted: lead }")));
        assertThat(p.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(p.reasons()).containsExactly("vetoed by HU");
        assertThat(hungary(p).basis()).isEqualTo("condition {adopted: lead} does not hold: lead is blocked, not adopted");
        assertThat(p.rulesFired()).contains("Conditional support becomes opposition when its condition does not hold");
    }

    @Test
    void blockedTest_linkedPackageBlocked_holds() {
        PackageResult p = follower(run("", LEAD_VETOED + follows("{ blocked: lead }")));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(hungary(p).basis()).isEqualTo("condition {blocked: lead} holds: lead is blocked");
    }

    @Test
    void failedTest_linkedPackageBlocked_doesNotHold() {
        PackageResult p = follower(run("", LEAD_VETOED + follows("{ failed: lead }")));
        assertThat(p.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(hungary(p).basis()).isEqualTo("condition {failed: lead} does not hold: lead is blocked, not failed");
    }

    @Test
    void linkedPackageWrittenLater_isReadAllTheSame() {
        ScenarioResult r = run("", follows("{ adopted: lead }") + LEAD_ADOPTED);
        assertThat(follower(r).verdict()).isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void allCombination_everyPartHolds_holdsNamingEachPart() {
        PackageResult p = follower(run("conditions: { agreed: true }\n",
                LEAD_ADOPTED + follows("{ all: [agreed, { adopted: lead }] }")));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(hungary(p).basis()).isEqualTo("condition {all: [agreed, {adopted: lead}]} holds: agreed holds; lead is adopted");
    }

    @Test
    void allCombination_onePartFails_doesNotHoldNamingThatPart() {
        PackageResult p = follower(run("conditions: { agreed: true }\n",
                LEAD_VETOED + follows("{ all: [agreed, { adopted: lead }] }")));
        assertThat(p.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(hungary(p).basis())
                .isEqualTo("condition {all: [agreed, {adopted: lead}]} does not hold: lead is blocked, not adopted");
    }

    @Test
    void anyCombination_onePartHolds_holds() {
        PackageResult p = follower(run("conditions: { agreed: false }\n",
                LEAD_VETOED + follows("{ any: [agreed, { blocked: lead }] }")));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(hungary(p).basis()).isEqualTo("condition {any: [agreed, {blocked: lead}]} holds: lead is blocked");
    }

    @Test
    void anyCombination_noPartHolds_doesNotHoldNamingEveryPart() {
        PackageResult p = follower(run("conditions: { agreed: false }\n",
                LEAD_VETOED + follows("{ any: [agreed, { adopted: lead }] }")));
        assertThat(p.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(hungary(p).basis()).isEqualTo(
                "condition {any: [agreed, {adopted: lead}]} does not hold: agreed does not hold; lead is blocked, not adopted");
    }

    @Test
    void nestedCombination_allInsideAny_isDecidedInside() {
        PackageResult p = follower(run("conditions: { agreed: true }\n",
                LEAD_VETOED + follows("{ any: [{ adopted: lead }, { all: [agreed, { blocked: lead }] }] }")));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
    }

    private static final String REQUIRES_LEAD = """
              - id: follower
                forum: eu-council
                rule: unanimity
                requires: [lead]
            """;

    @Test
    void requires_requiredPackageBlocked_waitsNamingItAndItsOutcome() {
        PackageResult p = follower(run("", LEAD_VETOED + REQUIRES_LEAD));
        assertThat(p.verdict()).isEqualTo(Verdict.WAITING);
        assertThat(p.passed()).isFalse();
        assertThat(p.blockers()).isEmpty();
        assertThat(p.waitsFor()).containsExactly("lead");
        assertThat(p.reasons()).containsExactly("waits for lead (blocked)");
        assertThat(p.rulesFired()).contains("A package that waits for what it requires is not decided: it waits")
                .doesNotContain("The votes are tallied once every member's position is resolved");
    }

    @Test
    void requires_requiredPackageAdopted_isDecidedByItsOwnRule() {
        PackageResult p = follower(run("", LEAD_ADOPTED + REQUIRES_LEAD));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.waitsFor()).isEmpty();
        assertThat(p.reasons()).containsExactly("unanimity: 27 of 27 members in favour, none against");
    }

    @Test
    void requires_requiredPackageWaiting_waitsInTurnNamingWaiting() {
        PackageResult last = run("", LEAD_VETOED + REQUIRES_LEAD + """
                  - id: last
                    forum: eu-council
                    requires: [follower]
                """).aidPackage("last").orElseThrow();
        assertThat(last.verdict()).isEqualTo(Verdict.WAITING);
        assertThat(last.reasons()).containsExactly("waits for follower (waiting)");
    }

    @Test
    void requires_waitingPackagesOwnVeto_isNotReportedWhileItWaits() {
        PackageResult p = follower(run("", LEAD_VETOED + """
                  - id: follower
                    forum: eu-council
                    rule: unanimity
                    requires: [lead]
                    positions: { default: support, PL: oppose }
                """));
        assertThat(p.verdict()).isEqualTo(Verdict.WAITING);
        assertThat(p.blockers()).isEmpty();
    }

    @Test
    void requires_onTimeline_readsTheRequiredOutcomeOfEachDate() {
        ScenarioResult r = TestRules.run("""
                name: t
                date: 2025-06-26
                end: 2025-12-31
                packages:
                %s%s
                events:
                  - { date: 2025-10-01, package: lead, member: HU, position: support }
                """.formatted(LEAD_VETOED, REQUIRES_LEAD));
        assertThat(r.disbursement().steps()).extracting(TimelineStep::date)
                .containsExactly(LocalDate.parse("2025-06-26"), LocalDate.parse("2025-10-01"), LocalDate.parse("2025-12-31"));
        assertThat(r.disbursement().steps().get(0).verdicts()).containsEntry("follower", Verdict.WAITING);
        assertThat(r.disbursement().steps().get(1).verdicts()).containsEntry("follower", Verdict.ADOPTED);
        assertThat(follower(r).verdict()).isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void requires_waitingPackagesTranche_isWithheldNamingWhatItWaitsFor() {
        ScenarioResult r = TestRules.run("""
                name: t
                date: 2025-06-26
                end: 2025-12-31
                pools:
                  - { id: budget, title: A budget line, opening: 10 million EUR }
                packages:
                %s
                  - id: follower
                    forum: eu-council
                    rule: unanimity
                    requires: [lead]
                    tranches:
                      - { id: t1, pool: budget, amount: 10 million EUR }
                """.formatted(LEAD_VETOED));
        assertThat(r.disbursement().tranche("follower", "t1").orElseThrow().reasons())
                .containsExactly("package waiting: waits for lead (blocked)");
    }
}
