package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** aidsim report: the HTML page parsed as a browser would, its charts' marks checked against the run and sweep JSON. */
class ReportCommandTest {
    private static final String QMV_65 = "scenarios/edges/qmv-population-65-percent.yaml";
    private static final String FACILITY = "scenarios/disbursement/ukraine-facility-2024.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Document report(String... args) {
        List<String> all = new ArrayList<>(List.of("report"));
        all.addAll(List.of(args));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return Jsoup.parse(run.out());
    }

    @Test
    void qmvVote_drawsPopulationInFavourAgainstThe65PercentLine() {
        Document page = report(QMV_65);
        Element adopted = page.getElementById("population-at-65");
        Element line = adopted.selectFirst("svg.qmv line.threshold.population");
        assertThat(line.attr("data-threshold")).isEqualTo("65");
        // The bar runs from x=250 over 400 units: 65% sits at 510.
        assertThat(line.attr("x1")).isEqualTo("510.0");
        assertThat(adopted.selectFirst("svg.qmv line.threshold.members").attr("data-threshold")).isEqualTo("55");
        // 6501 of 10001 is 65.00349...%: shares are cut, never rounded up, so none looks larger than it is.
        assertThat(adopted.selectFirst("rect.bar.population.support").attr("data-value")).isEqualTo("65.0034");
        assertThat(adopted.selectFirst("rect.bar.population.oppose").attr("data-value")).isEqualTo("34.9965");
        assertThat(adopted.selectFirst("rect.bar.members.support").attr("data-value")).isEqualTo("74.074");
        assertThat(adopted.selectFirst(".blocking").attr("data-blocking")).isEqualTo("false");
        assertThat(adopted.selectFirst(".outcome").text()).isEqualTo("adopted");

        Element blocked = page.getElementById("population-below-65");
        assertThat(blocked.selectFirst("rect.bar.population.support").attr("data-value")).isEqualTo("64.9835");
        assertThat(blocked.selectFirst(".blocking").attr("data-blocking")).isEqualTo("true");
        assertThat(blocked.select(".member.blocker").eachText()).containsExactly("CY", "FR", "HU", "IT", "LU", "MT", "NL");
    }

    @Test
    void qmvWithOptOuts_countsOnlyTheMembersTakingPart() {
        Document page = report("scenarios/edges/qmv-opt-outs-participants-only.yaml");
        Element vote = page.getElementById("thirteen-of-twenty-two");
        assertThat(vote.selectFirst("svg.qmv text.value").text()).isEqualTo("13 of 22 (59.09%)");
        assertThat(vote.select("rect.bar.opt-out")).isEmpty();
        assertThat(vote.select(".member.opt-out")).isNotEmpty();
    }

    @Test
    void unanimityVeto_namesWhoBlocked() {
        Element vote = report("src/test/resources/fixtures/ukraine-facility-one-vote-2023-12.yaml").getElementById("ukraine-facility");
        assertThat(vote.select("svg.qmv")).isEmpty();
        assertThat(vote.select(".member.blocker").eachText()).containsExactly("HU");
        assertThat(vote.selectFirst(".blocked-by").text()).isEqualTo("Blocked by: HU");
    }

    @Test
    void trancheTimeline_coloursEachVisitedDateByTheTranchesStatus() {
        Document page = report(FACILITY);
        List<String> statuses = page.select("svg.tranches rect.status").stream()
                .map(r -> r.attr("data-date") + " " + r.attr("data-status") + " " + r.attr("fill")).toList();
        assertThat(statuses).containsExactly(
                "2023-12-14 WITHHELD #c62828",
                "2024-02-01 PENDING #f9a825",
                "2024-05-21 PENDING #f9a825",
                "2024-07-26 RELEASED #2e7d32",
                "2024-12-31 RELEASED #2e7d32");
        Element paid = page.selectFirst("svg.tranches circle.paid");
        assertThat(paid.attr("data-date")).isEqualTo("2024-07-26");
        assertThat(paid.attr("data-amount")).isEqualTo("150000000");
    }

    @Test
    void poolChart_pointsCarryTheBalancesOfTheRunsTimeline() throws Exception {
        CliRun run = CliRun.of("run", "--format", "json", FACILITY);
        List<String> expected = new ArrayList<>();
        for (JsonNode step : JSON.readTree(run.out()).path("timeline")) {
            for (JsonNode pool : step.path("pools")) {
                expected.add(pool.path("id").asText() + " " + step.path("date").asText() + " " + pool.path("balance").asText());
            }
        }
        List<String> drawn = report(FACILITY).select("svg.pools circle.balance").stream()
                .map(c -> c.attr("data-pool") + " " + c.attr("data-date") + " " + c.attr("data-balance")).toList();
        assertThat(expected).contains("epf-windfall 2024-07-26 1350000000");
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void coalitionChart_showsWhenEachCoalitionWasActive() {
        Document page = report("scenarios/coalitions/it-coalition-timeline-2023-2024.yaml");
        assertThat(page.select("svg.coalitions rect.coalition").stream().map(r -> r.attr("data-date") + " " + r.attr("data-active")))
                .containsExactly("2023-12-01 true", "2024-01-23 true", "2024-02-29 true");
        assertThat(page.selectFirst("ul.coalition-members").text()).contains("members BE, DK, EE, LT, LU, LV, NL");
    }

    @Test
    void sweepResult_drawsEachPackagesShareWithItsInterval(@TempDir Path dir) throws Exception {
        Path sweep = dir.resolve("sweep.json");
        CliRun swept = CliRun.of("sweep", "scenarios/eu/ukraine-facility-2023-12.yaml", "--samples", "200", "--seed", "7",
                "--prob", "HU=support:0.4", "--format", "json", "-o", sweep.toString());
        assertThat(swept.exitCode()).isZero();
        JsonNode saved = JSON.readTree(sweep.toFile()).path("packages").get(0);

        Element bar = report(sweep.toString()).selectFirst("svg.sweep rect.share");
        assertThat(bar.attr("data-package")).isEqualTo("ukraine-facility");
        assertThat(bar.attr("data-share")).isEqualTo(saved.path("share").decimalValue().toPlainString());
        Element interval = bar.parent().selectFirst("g.interval");
        assertThat(interval.attr("data-low")).isEqualTo(saved.path("interval95").get(0).decimalValue().toPlainString());
        assertThat(interval.attr("data-high")).isEqualTo(saved.path("interval95").get(1).decimalValue().toPlainString());
    }

    @Test
    void savedRunJson_givesTheSamePageAsTheScenario(@TempDir Path dir) throws Exception {
        Path saved = dir.resolve("run.json");
        assertThat(CliRun.of("run", "--format", "json", FACILITY, "-o", saved.toString()).exitCode()).isZero();
        assertThat(CliRun.of("report", saved.toString()).out()).isEqualTo(CliRun.of("report", FACILITY).out());
    }

    @Test
    void userText_isEscaped(@TempDir Path dir) throws Exception {
        String original = Files.readString(Path.of("scenarios/edges/nato-single-objection.yaml"));
        Path file = dir.resolve("nasty.yaml");
        Files.writeString(file, original
                .replaceFirst("(?m)^name: .*$", "name: \"<script>alert(1)</script> & 'quotes'\"")
                .replace("title: Synthetic NATO decision, HU objects", "title: \"<img src=x onerror=alert(1)>\""));

        Document page = report(file.toString());
        assertThat(page.select("script, img")).isEmpty();
        assertThat(page.selectFirst("section.scenario h2").text()).isEqualTo("<script>alert(1)</script> & 'quotes'");
        assertThat(page.getElementById("one-objection").selectFirst("h4").text()).startsWith("<img src=x onerror=alert(1)>");
    }

    @Test
    void page_isSelfContainedAndTheSameEveryRun() {
        String first = CliRun.of("report", QMV_65, FACILITY).out();
        Document page = Jsoup.parse(first);
        assertThat(page.select("script, link, img, iframe, object")).isEmpty();
        assertThat(page.select("[src], [href]")).isEmpty();
        assertThat(page.select("style")).hasSize(1);
        assertThat(CliRun.of("report", QMV_65, FACILITY).out()).isEqualTo(first);
    }

    @Test
    void outputOption_writesTheFileAndPrintsNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.html");
        CliRun run = CliRun.of("report", QMV_65, "-o", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("population-at-65");
    }

    @Test
    void jsonThatIsNeitherARunNorASweep_isRefusedWithTheFileAndWhatWouldDo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("other.json");
        Files.writeString(file, "{\"scenario\": \"x\", \"packages\": []}\n");
        CliRun run = CliRun.of("report", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(file.toString()).contains("object 1 is neither a result of 'aidsim run --format json'")
                .doesNotContain("Exception");
    }
}
