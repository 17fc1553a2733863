package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RunTimelineTest {
    private static final String WINDFALL = "scenarios/disbursement/windfall-proceeds-2024-2025.yaml";

    @Test
    void json_hasTranchesPerPackageAndPools_asExactDecimalStrings() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(CliRun.of("run", "--format", "json", WINDFALL).out());
        JsonNode first = doc.get("packages").get(0).get("tranches").get(0);
        assertThat(first.get("id").asText()).isEqualTo("epf-1");
        assertThat(first.get("status").asText()).isEqualTo("RELEASED");
        assertThat(first.get("date").asText()).isEqualTo("2024-07-26");
        assertThat(first.get("amount").asText()).isEqualTo("1350000000");
        assertThat(first.get("reasons").toString()).isEqualTo("[\"paid from epf-windfall on 2024-07-26\"]");
        JsonNode pool = doc.get("pools").get(0);
        assertThat(pool.toString()).isEqualTo("{\"id\":\"windfall\",\"balance\":\"0\",\"inflows\":\"5200000000\",\"released\":\"5200000000\"}");
    }

    @Test
    void asOf_reportsTheStateOnThatDate() {
        CliRun run = CliRun.of("run", "--as-of", "2025-01-01", WINDFALL);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("disbursement schedule as of 2025-01-01:",
                "windfall-proceeds  epf-2    -           EUR 1.89 bn  PENDING   pool epf-windfall holds EUR 0, the tranche needs EUR 1.89 bn",
                "expect: not checked (this run changes the scenario with --set/--with/--as-of)");
    }

    @Test
    void asOfBeforeTheScenario_isAUsageError() {
        CliRun run = CliRun.of("run", "--as-of", "2020-01-01", WINDFALL);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("aidsim: --as-of 2020-01-01 is before the date of " + WINDFALL
                + " (2024-05-21); a timeline starts on its scenario's date\n");
    }

    @Test
    void text_showsTheTimelineScheduleAndPools() {
        assertThat(CliRun.of("run", WINDFALL).out()).contains(
                "2025-08-08  paid windfall-proceeds/ulcm-3 EUR 1.52 bn from ulcm",
                "PACKAGE            TRANCHE  DATE        AMOUNT       STATUS    REASON",
                "windfall      EUR 5.2 bn   EUR 5.2 bn   EUR 0");
    }
}
