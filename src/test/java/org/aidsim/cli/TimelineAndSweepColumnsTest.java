package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The run JSON's timeline and the sweep's interval and swing columns, as a notebook reads them. */
class TimelineAndSweepColumnsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FACILITY = "scenarios/eu/ukraine-facility-2023-12.yaml";
    private static final String WINDFALL = "scenarios/disbursement/windfall-proceeds-2024-2025.yaml";

    @Test
    void runJsonOfATimeline_hasTheStateOnEachVisitedDate() throws Exception {
        CliRun run = CliRun.of("run", "--format", "json", WINDFALL);
        assertThat(run.out()).as(run.err()).isNotEmpty();
        JsonNode doc = JSON.readTree(run.out());
        JsonNode timeline = doc.get("timeline");
        assertThat(CliRun.of("run", WINDFALL).out()).contains("timeline, " + timeline.size() + " dates");
        assertThat(timeline.size()).isGreaterThan(1);
        JsonNode first = timeline.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("date", "packages", "tranches", "pools", "coalitions");
        assertThat(first.get("date").asText()).isEqualTo(doc.get("date").asText());
        // The last date's state is the report's: the same pools and balances.
        JsonNode last = timeline.get(timeline.size() - 1);
        assertThat(last.get("date").asText()).isEqualTo(doc.get("asOf").asText());
        assertThat(last.get("pools")).isEqualTo(doc.get("pools"));
        assertThat(last.get("tranches").get(0).get("package").asText()).isEqualTo("windfall-proceeds");
        // Money moves between dates: windfall receives EUR 1.5 bn by 2024-07-26, 5.2 bn by the end; epf-2 waits, then is paid.
        // (Entries by date: the EPF measures' implementing stage adds 2024-06-24 to the dates visited.)
        java.util.function.Function<String, JsonNode> on = date -> java.util.stream.StreamSupport.stream(timeline.spliterator(), false)
                .filter(step -> step.get("date").asText().equals(date)).findFirst().orElseThrow();
        assertThat(on.apply("2024-07-26").get("pools").get(0).get("inflows").asText()).isEqualTo("1500000000");
        assertThat(last.get("pools").get(0).get("inflows").asText()).isEqualTo("5200000000");
        assertThat(on.apply("2024-07-26").get("tranches").get(2).get("status").asText()).isEqualTo("PENDING");
        assertThat(on.apply("2025-04-01").get("tranches").get(2).get("status").asText()).isEqualTo("RELEASED");
    }

    @Test
    void runJsonWithoutATimeline_hasOneEntryWithTheOutcome() throws Exception {
        JsonNode timeline = JSON.readTree(CliRun.of("run", "--format", "json", FACILITY).out()).get("timeline");
        assertThat(timeline.size()).isEqualTo(1);
        assertThat(timeline.get(0).get("packages").toString()).isEqualTo("[{\"id\":\"ukraine-facility\",\"outcome\":\"blocked\"}]");
    }

    @Test
    void sweepCsvSampled_hasIntervalAndSwingColumns() {
        String csv = CliRun.of("sweep", FACILITY, "--samples", "2000", "--seed", "3", "--prob", "HU=support:0.5", "--format", "csv").out();
        String[] rows = csv.split("\n");
        assertThat(rows[0]).isEqualTo("package,member,position,profiles,passing,share,interval95_low,interval95_high,swing");
        assertThat(rows[1]).matches("ukraine-facility,\\*,\\*,2000,\\d+,0\\.\\d{6},0\\.\\d{6},0\\.\\d{6},");
        assertThat(rows[2]).matches("ukraine-facility,HU,support,\\d+,\\d+,1\\.000000,0\\.\\d{6},1\\.000000,1\\.000000");
        for (String row : rows) {
            assertThat(row.split(",", -1)).hasSize(9);
        }
    }

    @Test
    void sweepCsvEveryCombination_leavesTheIntervalEmpty() {
        String csv = CliRun.of("sweep", FACILITY, "--vary", "HU,SK", "--over", "support,oppose", "--format", "csv").out();
        assertThat(csv).contains("ukraine-facility,*,*,4,1,0.250000,,,\n", "ukraine-facility,HU,oppose,2,0,0.000000,,,0.500000\n");
    }

    @Test
    void sweepJson_givesSharesIntervalsAndSwingsAsNumbers() throws Exception {
        JsonNode pkg = JSON.readTree(CliRun.of("sweep", FACILITY, "--samples", "500", "--prob", "HU=support:0.5",
                "--format", "json").out()).get("packages").get(0);
        assertThat(pkg.get("share").isNumber()).isTrue();
        assertThat(pkg.get("interval95").get(0).isNumber()).isTrue();
        JsonNode hu = pkg.get("members").get(0);
        assertThat(hu.get("swing").isNumber()).isTrue();
        assertThat(hu.get("positions").get("support").get("share").isNumber()).isTrue();
        assertThat(hu.get("positions").get("support").fieldNames()).toIterable().containsExactly("profiles", "passing", "share");
    }
}
