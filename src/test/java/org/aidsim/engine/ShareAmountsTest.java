package org.aidsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aidsim.TestRules;
import org.aidsim.api.RuleFolders;
import org.aidsim.model.ScenarioResult;
import org.aidsim.model.TrancheResult;
import org.aidsim.model.TrancheStatus;
import org.junit.jupiter.api.Test;

/**
 * A tranche written as a share of an inflow gets its amount from what the rules route into its pool
 * (rules/disbursement/routing.drl), not from a second routing written in Java.
 */
class ShareAmountsTest {
    private static final String TWO_SPLITS = """
            name: s
            date: 2024-01-01
            end: 2024-12-31
            pools:
              - id: a
                inflows:
                  - { date: 2024-03-01, amount: 1000 }
                splits:
                  - { from: 2024-01-01, to: { b: 90%, c: 10% } }
                  - { from: 2024-02-01, to: { b: 50%, c: 50% } }
              - id: b
              - id: c
            packages:
              - id: p
                forum: european-council
                positions: { default: support }
                tranches:
                  - { id: t1, pool: b, share: 100%, inflow: 2024-03-01 }
                  - { id: t2, pool: c, share: 40%, inflow: 2024-03-01 }
            """;

    private static TrancheResult tranche(ScenarioResult result, String id) {
        return result.disbursement().last().tranches().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void shareOfARoutedInflow_isItsShareOfWhatTheSplitInForcePassesOn() {
        ScenarioResult result = TestRules.simulator().run(TestRules.scenario(TWO_SPLITS));
        assertThat(tranche(result, "t1").tranche().amount().plain()).isEqualTo("500");
        assertThat(tranche(result, "t2").tranche().amount().plain()).isEqualTo("200");
        assertThat(tranche(result, "t1").status()).isEqualTo(TrancheStatus.RELEASED);
    }

    @Test
    void routingRuleEditedToKeepTheEarliestSplit_changesTheShareAmountsWithoutJava() throws IOException {
        Path rules = TestRules.copyRules(Files.createTempDirectory("aidsim-rules"));
        Path routing = rules.resolve("disbursement/routing.drl");
        String latest = "not Split(poolId == $pool, isInForceOn($date), isLaterThan($s))";
        String text = Files.readString(routing);
        assertThat(text).contains(latest);
        Files.writeString(routing, text.replace(latest, "not Split(poolId == $pool, isInForceOn($date), $s.isLaterThan(this))"));
        ScenarioResult result = new Simulator(RuleFolders.load(rules)).run(TestRules.scenario(TWO_SPLITS));
        assertThat(tranche(result, "t1").tranche().amount().plain()).isEqualTo("900");
        assertThat(tranche(result, "t2").tranche().amount().plain()).isEqualTo("40");
        assertThat(tranche(result, "t1").status()).isEqualTo(TrancheStatus.RELEASED);
    }

    @Test
    void shareOfADateBeforeTheSplitThatReachesItsPool_failsTheRunAtTheInflowsPlace() {
        String yaml = TWO_SPLITS.replace("      - { from: 2024-01-01, to: { b: 90%, c: 10% } }\n", "")
                .replace("from: 2024-02-01", "from: 2024-06-01");
        Path file = TestRules.write("s.yaml", yaml);
        assertThatThrownBy(() -> TestRules.simulator().run(TestRules.scenario(file)))
                .isInstanceOf(RunException.class)
                .hasMessage(file + ":17:49: packages[0].tranches[0].inflow: pool b receives no money on 2024-03-01 as the "
                        + "rules route the scenario's inflows (rules/disbursement/routing.drl: the split in force on an "
                        + "inflow's date); a share is taken of money that reaches its pool on that date");
    }
}
