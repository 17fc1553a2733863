package org.aidsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.aidsim.TestRules;
import org.junit.jupiter.api.Test;

/** Each way the money side of a scenario can be wrong, with the exact line a user sees. */
class DisbursementErrorsTest {
    private static List<String> problems(String yaml) {
        return ScenarioErrorsTest.problems(yaml);
    }

    private static String scenario(String pools, String tranches, String events) {
        return "name: x\ndate: 2024-01-01\nend: 2024-12-31\nconditions: { c: true }\npools:\n" + pools
                + "packages:\n  - id: p\n    forum: european-council\n    tranches:\n" + tranches
                + (events.isEmpty() ? "" : "events:\n" + events);
    }

    private static final String POOL = "  - id: a\n    opening: 100\n";
    private static final String TRANCHE = "      - { id: t1, pool: a, amount: 5 }\n";

    @Test
    void trancheOnUnknownPool_namesThePools() {
        assertThat(problems(scenario(POOL, "      - { id: t1, pool: nowhere, amount: 5 }\n", "")))
                .containsExactly("bad.yaml:12:25: packages[0].tranches[0].pool: unknown pool 'nowhere'; pools: a");
    }

    @Test
    void shareOverHundredPercent_isRejected() {
        assertThat(problems(scenario(POOL, "      - { id: t1, pool: a, share: 120%, inflow: 2024-01-01 }\n", "")))
                .containsExactly("bad.yaml:12:35: packages[0].tranches[0].share: share 120% is out of range; "
                        + "a share is more than 0% and at most 100%");
    }

    @Test
    void shareOfADateWithoutInflow_isRejected() {
        assertThat(problems(scenario(POOL, "      - { id: t1, pool: a, share: 50%, inflow: 2024-01-01 }\n", "")))
                .containsExactly("bad.yaml:12:48: packages[0].tranches[0].inflow: pool a receives no money on 2024-01-01; "
                        + "a share is taken of an inflow listed under the pool or its events");
    }

    @Test
    void amountAndShareTogether_isRejected() {
        assertThat(problems(scenario(POOL, "      - { id: t1, pool: a, amount: 5, share: 5% }\n", "")))
                .containsExactly("bad.yaml:12:9: packages[0].tranches[0]: a tranche needs either amount, or share with "
                        + "inflow (the date of the pool's inflow it takes a share of)");
    }

    @Test
    void splitNotSummingToHundred_isRejected() {
        String pools = POOL + "  - id: b\n  - id: c\n  - id: s\n    splits:\n      - { from: 2024-01-01, to: { b: 60%, c: 30% } }\n";
        assertThat(problems(scenario(pools, TRANCHE, "")))
                .containsExactly("bad.yaml:12:33: pools[3].splits[0].to: the shares sum to 90%; a split must sum to exactly 100%");
    }

    @Test
    void poolsSplittingIntoEachOther_isACycle() {
        String pools = "  - id: a\n    splits:\n      - { from: 2024-01-01, to: { b: 100% } }\n"
                + "  - id: b\n    splits:\n      - { from: 2024-01-01, to: { a: 100% } }\n";
        assertThat(problems(scenario(pools, TRANCHE, "")))
                .containsExactly("bad.yaml:6:3: pools: pools a -> b -> a split into each other in a cycle; money would go round for ever");
    }

    @Test
    void trancheFollowingItself_isRejected() {
        assertThat(problems(scenario(POOL, "      - { id: t1, pool: a, amount: 5, after: t1 }\n", "")))
                .containsExactly("bad.yaml:12:46: packages[0].tranches[0].after: tranche t1 cannot follow itself");
    }

    @Test
    void tranchesFollowingEachOther_areACycle() {
        assertThat(problems(scenario(POOL, "      - { id: t1, pool: a, amount: 5, after: t2 }\n"
                + "      - { id: t2, pool: a, amount: 5, after: t1 }\n", "")))
                .containsExactly("bad.yaml:12:46: packages[0].tranches[0].after: tranches t1 -> t2 -> t1 each wait "
                        + "for the other to be paid; none could ever be released");
    }

    @Test
    void eventAfterTheEnd_isOutsideTheTimeline() {
        assertThat(problems(scenario(POOL, TRANCHE, "  - { date: 2025-03-01, condition: c, holds: false }\n")))
                .containsExactly("bad.yaml:14:13: events[0].date: 2025-03-01 is outside the scenario's timeline "
                        + "2024-01-01 to 2024-12-31 (set by end)");
    }

    @Test
    void inflowBeforeTheScenarioDate_pointsToOpening() {
        assertThat(problems(scenario("  - id: a\n    inflows:\n      - { date: 2023-12-01, amount: 5 }\n", TRANCHE, "")))
                .containsExactly("bad.yaml:8:17: pools[0].inflows[0].date: 2023-12-01 is outside the scenario's timeline "
                        + "2024-01-01 to 2024-12-31 (set by end); money already in a pool is its opening");
    }

    @Test
    void impossibleEventDate_isRejected() {
        assertThat(problems(scenario(POOL, TRANCHE, "  - { date: 2024-02-30, pool: a, amount: 5 }\n")))
                .containsExactly("bad.yaml:14:13: events[0].date: '2024-02-30' is not a date; expected YYYY-MM-DD, such as 2024-07-26");
    }

    @Test
    void eventOfNoKnownKind_listsTheKinds() {
        assertThat(problems(scenario(POOL, TRANCHE, "  - { date: 2024-03-01, pool: a }\n")))
                .containsExactly("bad.yaml:14:5: events[0]: cannot tell what this event is; an event has a date and one of "
                        + "{pool, amount} for an inflow, {pool, split}, {condition, holds}, {package, member, position}, "
                        + "{package, member, implementation} or {package, positions} for a package proposed again");
    }

    /**
     * Whether an objection counts under the package's rule is decided in rules/disbursement/implementation.drl (a
     * noted objection under qmv: scenarios/disbursement/synthetic/implementing-objection-under-qmv.yaml), not here.
     */
    @Test
    void implementingObjectionUnderQmv_isReadAndLeftToTheRules() {
        assertThatCode(() -> TestRules.scenario(TestRules.write("objection.yaml", "name: x\ndate: 2024-01-01\n"
                + "packages:\n  - id: p\n    forum: eu-council\n    implementation: { HU: oppose }\n")))
                .doesNotThrowAnyException();
    }

    @Test
    void expectationOfUnknownTrancheAndPool_isRejected() {
        assertThat(problems(scenario(POOL, TRANCHE, "") + "expect:\n  p: { tranches: { t9: { status: released } } }\n"
                + "  pools: { z: { balance: 0 } }\n"))
                .containsExactly(
                        "bad.yaml:14:20: expect.p.tranches.t9: no tranche 't9' in package p; tranches: t1",
                        "bad.yaml:15:12: expect.pools.z: no pool 'z' in this scenario; pools: a");
    }
}
