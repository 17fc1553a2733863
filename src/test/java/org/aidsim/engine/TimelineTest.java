package org.aidsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.aidsim.TestRules;
import org.aidsim.api.RuleFolders;
import org.aidsim.model.PoolState;
import org.aidsim.model.ScenarioResult;
import org.aidsim.model.TimelineStep;
import org.aidsim.model.TrancheStatus;
import org.aidsim.model.Verdict;
import org.aidsim.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;

class TimelineTest {
    static final String MONEY = """
            name: t
            date: 2024-01-01
            end: 2024-12-31
            pools:
              - id: fund
                opening: 100
            packages:
              - id: p
                forum: european-council
                positions: { default: support, HU: oppose }
                tranches:
                  - { id: t1, pool: fund, amount: 60 }
            events:
              - { date: 2024-06-01, package: p, member: HU, position: support }
              - { date: 2024-09-01, package: p, member: HU, position: oppose }
            """;

    @Test
    void everyShippedScenario_conservesMoneyOnEveryDate() {
        List<Path> files = ScenarioFiles.expand(List.of(Path.of("scenarios")));
        int checked = 0;
        for (Path file : files) {
            ScenarioResult result = TestRules.simulator().run(TestRules.scenario(file));
            for (TimelineStep step : result.disbursement().steps()) {
                for (PoolState pool : step.pools()) {
                    assertThat(pool.inflows()).as("%s %s on %s", file, pool.id(), step.date())
                            .isEqualTo(pool.released().plus(pool.balance()));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void positionChange_releasesOnThatDate_andAReleaseSurvivesALaterVeto() {
        ScenarioResult result = TestRules.run(MONEY);
        List<TimelineStep> steps = result.disbursement().steps();
        assertThat(steps).extracting(TimelineStep::date).containsExactly(
                LocalDate.parse("2024-01-01"), LocalDate.parse("2024-06-01"), LocalDate.parse("2024-09-01"), LocalDate.parse("2024-12-31"));
        assertThat(steps.get(0).tranches().get(0).status()).isEqualTo(TrancheStatus.WITHHELD);
        assertThat(steps.get(0).tranches().get(0).reasons()).containsExactly("package blocked: vetoed by HU");
        assertThat(steps.get(1).tranches().get(0).status()).isEqualTo(TrancheStatus.RELEASED);
        assertThat(steps.get(2).verdicts()).containsEntry("p", Verdict.BLOCKED);
        assertThat(result.disbursement().tranche("p", "t1").orElseThrow().date()).isEqualTo(LocalDate.parse("2024-06-01"));
        assertThat(result.disbursement().pool("fund").orElseThrow().balance().plain()).isEqualTo("40");
    }

    @Test
    void asOf_stopsTheTimelineOnThatDate() {
        ScenarioResult result = TestRules.simulator().run(TestRules.scenario(TestRules.write("s.yaml", MONEY)), LocalDate.parse("2024-05-31"));
        assertThat(result.disbursement().asOf()).isEqualTo(LocalDate.parse("2024-05-31"));
        assertThat(result.disbursement().tranche("p", "t1").orElseThrow().status()).isEqualTo(TrancheStatus.WITHHELD);
        assertThat(result.packages().get(0).verdict()).isEqualTo(Verdict.BLOCKED);
    }

    @Test
    void scenarioWithoutMoneyOrEvents_visitsOnlyItsDate() {
        ScenarioResult result = TestRules.simulator().run(TestRules.scenario(Path.of("scenarios/eu/ukraine-facility-2023-12.yaml")));
        assertThat(result.disbursement().steps()).singleElement().extracting(TimelineStep::date)
                .isEqualTo(LocalDate.parse("2023-12-14"));
        assertThat(result.trace()).noneMatch(f -> f.rule().contains("tranche"));
    }

    @Test
    void releaseRuleThatIgnoresThePool_breaksConservation_andTheRunFails() throws IOException {
        Path rules = copyRules();
        Path release = rules.resolve("disbursement/release.drl");
        String text = Files.readString(release);
        int cut = text.indexOf("    accumulate(Inflow(");
        Files.writeString(release, text.substring(0, cut) + text.substring(text.indexOf("then", cut)));
        Simulator broken = new Simulator(RuleFolders.load(rules));
        assertThatThrownBy(() -> broken.run(TestRules.scenario(TestRules.write("s.yaml", MONEY.replace("opening: 100", "opening: 10")))))
                .isInstanceOf(RunException.class)
                .hasMessageEndingWith("s.yaml: money is not conserved in pool fund on 2024-06-01: paid out 60 EUR but "
                        + "received only 10 EUR; check the rules in rules/disbursement/");
    }

    @Test
    void releaseRuleThatPaysAPaidTrancheAgain_failsNamingTheTrancheReleasedTwice() throws IOException {
        Path rules = copyRules();
        Path release = rules.resolve("disbursement/release.drl");
        String text = Files.readString(release);
        String unpaid = "    not Release(packageId == $pkg, trancheId == $id)\n";
        Files.writeString(release, text.replaceFirst(java.util.regex.Pattern.quote(unpaid), ""));
        Simulator broken = new Simulator(RuleFolders.load(rules));
        String yaml = MONEY.replace("opening: 100", "opening: 200")
                .replace("      - { id: t1, pool: fund, amount: 60 }", "      - { id: t1, pool: fund, amount: 60 }\n      - { id: t2, pool: fund, amount: 50 }");
        assertThatThrownBy(() -> broken.run(TestRules.scenario(TestRules.write("s.yaml", yaml))))
                .isInstanceOf(RunException.class)
                .hasMessageEndingWith("s.yaml: money is not conserved on 2024-06-01: tranche p/t1 was released twice; "
                        + "a release rule must not match a tranche already paid");
    }

    private static Path copyRules() throws IOException {
        return TestRules.copyRules(Files.createTempDirectory("aidsim-rules"));
    }
}
