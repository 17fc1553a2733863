package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aidsim.TestRules;
import org.junit.jupiter.api.Test;

/** {@code aidsim power}: exact indices of the shipped rules, their check against the DRL, the fallback, bad input. */
class PowerCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EEC = "scenarios/eu/eec-1958-weighted-votes.yaml";
    private static final String MFA = "scenarios/eu/macro-financial-assistance-qmv.yaml";

    private static JsonNode json(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static List<String> column(JsonNode pkg, String field) {
        List<String> out = new ArrayList<>();
        pkg.path("indices").forEach(m -> out.add(m.path("member").asText() + "=" + m.path(field).decimalValue().setScale(3,
                java.math.RoundingMode.HALF_EVEN).toPlainString()));
        return out;
    }

    @Test
    void stagedPackage_isNamedInANoteInsteadOfLeftOutSilently() throws Exception {
        JsonNode doc = json("power", "--format", "json", "scenarios/eu/ukraine-facility-2023-12.yaml");
        assertThat(doc.path("packages")).isEmpty();
        assertThat(doc.path("notes").toString()).contains("ukraine-facility: decided in stages, each by its own forum and"
                + " rule; power indices measure one rule, so none are computed for it");
        assertThat(CliRun.of("power", "scenarios/eu/ukraine-facility-2023-12.yaml").out())
                .contains("ukraine-facility: decided in stages");
    }

    @Test
    void eec1958WeightedVotes_reproducesThePowerindexWorkedExample() throws Exception {
        JsonNode pkg = json("power", "--format", "json", EEC).path("packages").get(0);
        assertThat(pkg.path("rule").asText()).isEqualTo("weighted");
        assertThat(pkg.path("exact").asBoolean()).isTrue();
        assertThat(pkg.path("rulesAgree").asBoolean()).isTrue();
        assertThat(pkg.path("check").asText()).contains("agree").contains("all 64 coalitions");
        assertThat(column(pkg, "normalisedBanzhaf"))
                .containsExactly("BE=0.143", "DE=0.238", "FR=0.238", "IT=0.238", "LU=0.000", "NL=0.143");
        assertThat(column(pkg, "shapleyShubik"))
                .containsExactly("BE=0.150", "DE=0.233", "FR=0.233", "IT=0.233", "LU=0.000", "NL=0.150");
        assertThat(pkg.path("winningCoalitions").asLong()).isEqualTo(14);
    }

    @Test
    void eu27QmvWith2025Shares_has17729938WinningCoalitionsOf2To27() throws Exception {
        JsonNode pkg = json("power", "--format", "json", MFA).path("packages").get(0);
        assertThat(pkg.path("rule").asText()).isEqualTo("qmv");
        assertThat(pkg.path("members")).hasSize(27);
        assertThat(pkg.path("coalitions").asLong()).isEqualTo(134_217_728L);
        assertThat(pkg.path("winningCoalitions").asLong()).isEqualTo(17_729_938L);
        assertThat(pkg.path("rulesAgree").asBoolean()).isTrue();
        long swingsDe = 0;
        long swingsMt = 0;
        for (JsonNode m : pkg.path("indices")) {
            if (m.path("member").asText().equals("DE")) {
                swingsDe = m.path("swings").asLong();
            } else if (m.path("member").asText().equals("MT")) {
                swingsMt = m.path("swings").asLong();
            }
        }
        assertThat(swingsDe).isGreaterThan(swingsMt).isGreaterThan(0);
    }

    @Test
    void unanimityToQmvBySet_showsBothSidesPerMember() throws Exception {
        CliRun run = CliRun.of("power", "--package", "mfa-loan", "--set", "mfa-loan.rule=unanimity", MFA);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("mfa-loan (eu-council, qmv -> eu-council, unanimity)")
                .contains("winning coalitions: 17,729,938 of 134,217,728 -> 1 of 134,217,728")
                .contains("MEMBER  NORMALISED BANZHAF")
                .containsPattern("MT +0\\.0173 -> 0\\.0370");
    }

    @Test
    void csvFormat_hasOneRowPerMemberWithExactFlag() {
        CliRun run = CliRun.of("power", "--format", "csv", EEC);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).hasSize(7).first().asString().startsWith("side,package,rule,member,weight,swings");
        assertThat(run.out()).contains("base,eec-act,weighted,LU,1,0,0.000000000,0.000000000,0.000000000,true,,,,");
    }

    @Test
    void rulesEditedToDisagree_saySoAndFallBackToAnEstimateThroughTheRules() throws Exception {
        Path rules = TestRules.copyRules(Files.createTempDirectory("aidsim-power").resolve("rules"));
        Path drl = rules.resolve("consensus/weighted.drl");
        Files.writeString(drl, Files.readString(drl).replace("$th.count(\"weighted.quota\")", "($th.count(\"weighted.quota\") + 1)"));
        CliRun text = CliRun.of("power", "--rules", rules.toString(), "--samples", "400", EEC);
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("THE RULES IN USE DISAGREE with the weighted algorithm on")
                .contains("Monte Carlo estimate through the rules, not exact")
                .contains("Wilson 95% intervals")
                .contains("BANZHAF [low, high]");
        JsonNode pkg = json("power", "--rules", rules.toString(), "--samples", "400", "--format", "json", EEC)
                .path("packages").get(0);
        assertThat(pkg.path("exact").asBoolean()).isFalse();
        assertThat(pkg.path("rulesAgree").asBoolean()).isFalse();
        assertThat(pkg.path("samples").asLong()).isEqualTo(400);
        for (JsonNode m : pkg.path("indices")) {
            assertThat(m.path("banzhafLow").decimalValue()).isLessThanOrEqualTo(m.path("banzhaf").decimalValue());
            assertThat(m.path("banzhafHigh").decimalValue()).isGreaterThanOrEqualTo(m.path("banzhaf").decimalValue());
        }
        // Quota 13 of 17: Luxembourg now swings (DE+FR+IT+LU), so the estimate sees it.
        JsonNode lu = pkg.path("indices").get(4);
        assertThat(lu.path("member").asText()).isEqualTo("LU");
        assertThat(lu.path("swings").asLong()).isPositive();
        assertThat(json("power", "--rules", rules.toString(), "--samples", "400", "--format", "json", EEC))
                .as("seeded, so deterministic").isEqualTo(json("power", "--rules", rules.toString(), "--samples", "400", "--format", "json", EEC));
    }

    private static Path rulesWithEecRoster(String weights) throws Exception {
        Path rules = TestRules.copyRules(Files.createTempDirectory("aidsim-power").resolve("rules"));
        Path roster = rules.resolve("reference/eec.yaml");
        String text = Files.readString(roster);
        Files.writeString(roster, text.substring(0, text.indexOf("weights:")) + weights);
        return rules;
    }

    @Test
    void negativeWeight_isLocatedInTheRosterExit4() throws Exception {
        Path rules = rulesWithEecRoster("weights: { BE: 2, DE: 4, FR: 4, IT: 4, LU: -1, NL: 2 }\n");
        CliRun run = CliRun.of("power", "--rules", rules.toString(), EEC);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_RULES);
        assertThat(run.err()).contains("eec.yaml").contains("weights.LU").contains("0 or more; got -1")
                .doesNotContain("Exception");
    }

    @Test
    void weightsNotMatchingTheRoster_areLocated() throws Exception {
        Path rules = rulesWithEecRoster("weights: { BE: 2, DE: 4, FR: 4, IT: 4, NL: 2, DK: 3 }\n");
        CliRun run = CliRun.of("power", "--rules", rules.toString(), EEC);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_RULES);
        assertThat(run.err()).contains("weights.DK: 'DK' is not a member of this roster")
                .contains("no weight for LU; every member of the roster needs one");
    }

    @Test
    void quotaAboveTheTotal_isLocatedAtTheParameterExit3() {
        CliRun run = CliRun.of("power", "--set", "parameters.weighted.quota=18", EEC);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("parameters.weighted.quota: the scenario sets weighted.quota 18, but the members"
                + " of eec-council hold 17 votes in all; expected a quota from 1 to 17").doesNotContain("Exception");
    }
}
