package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Packages in force until a date, and their renewal (issue 10, rules/procedures/lapse.drl): the lapse the day after
 * without a renewal, its pending tranche withheld, the renewal's extension, and --as-of on either side of the lapse.
 */
class RenewalTest {
    private static final String LAPSES = "scenarios/edges/in-force-lapses-without-renewal.yaml";
    private static final String RENEWED = "scenarios/edges/in-force-renewal-extends.yaml";

    private static JsonNode pkg(String... args) throws Exception {
        return StagesTest.json(args).get("packages").get(0);
    }

    private static String tranche(JsonNode pkg, String id, String field) {
        for (JsonNode t : pkg.get("tranches")) {
            if (t.get("id").asText().equals(id)) {
                return t.get(field).isContainerNode() ? t.get(field).toString() : t.get(field).asText();
            }
        }
        throw new AssertionError("no tranche " + id + " in " + pkg);
    }

    @Test
    void renewalNotAdopted_lapsesThePackageTheDayAfterInForceUntil() throws Exception {
        JsonNode pkg = pkg(LAPSES);
        assertThat(pkg.get("passed").asBoolean()).isFalse();
        assertThat(pkg.get("outcome").asText()).isEqualTo("lapsed");
        assertThat(pkg.get("reasons").get(0).asText()).isEqualTo("lapsed on 2025-02-01: in force until 2025-01-31 and its"
                + " renewal, renewal (eu-council), was not adopted by then: vetoed by HU");
        assertThat(pkg.get("blockers").toString()).isEqualTo("[\"HU\"]");
        assertThat(pkg.get("rules").toString()).contains("package-lapsed-not-renewed");
    }

    @Test
    void lapsedPackage_withholdsItsPendingTranche_andKeepsTheReleasedOne() throws Exception {
        JsonNode pkg = pkg(LAPSES);
        assertThat(tranche(pkg, "t1", "status")).isEqualTo("RELEASED");
        assertThat(tranche(pkg, "t2", "status")).isEqualTo("WITHHELD");
        assertThat(tranche(pkg, "t2", "reasons")).startsWith("[\"package lapsed: lapsed on 2025-02-01");
    }

    @Test
    void asOfTheLastDayInForce_showsThePackageAdopted_andTheDayAfterLapsed() throws Exception {
        assertThat(pkg("--as-of", "2025-01-31", LAPSES).get("outcome").asText()).isEqualTo("adopted");
        assertThat(pkg("--as-of", "2025-02-01", LAPSES).get("outcome").asText()).isEqualTo("lapsed");
    }

    @Test
    void renewalAdoptedInTime_keepsThePackageAdoptedUntilTheExtensionEnds() throws Exception {
        JsonNode during = pkg("--as-of", "2025-07-31", RENEWED);
        assertThat(during.get("outcome").asText()).isEqualTo("adopted");
        assertThat(tranche(during, "t2", "status")).isEqualTo("RELEASED");
        JsonNode after = pkg("--as-of", "2025-08-01", RENEWED);
        assertThat(after.get("outcome").asText()).isEqualTo("lapsed");
        assertThat(after.get("reasons").get(0).asText()).isEqualTo("lapsed on 2025-08-01: renewed by january-rollover"
                + " (eu-council) until 2025-07-31, and no further renewal is written");
    }

    @Test
    void renewal_isReportedAsAStage_butThePackageIsDecidedOnceNotInStages() throws Exception {
        JsonNode pkg = pkg("--as-of", "2025-07-31", RENEWED);
        assertThat(pkg.get("rule").asText()).isEqualTo("unanimity");
        assertThat(pkg.get("stages")).hasSize(1);
        assertThat(pkg.get("stages").get(0).get("id").asText()).isEqualTo("january-rollover");
        assertThat(pkg.get("stages").get(0).get("date").asText()).isEqualTo("2025-01-27");
    }
}
