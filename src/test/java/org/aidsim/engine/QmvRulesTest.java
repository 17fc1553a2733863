package org.aidsim.engine;

import static org.aidsim.TestRules.onePackage;
import static org.aidsim.TestRules.runPackage;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aidsim.model.CountryCode;
import org.aidsim.model.PackageResult;
import org.aidsim.model.Verdict;
import org.junit.jupiter.api.Test;

/** Weights are the Council's 2025 shares in hundredths of a percent (total 10001). */
class QmvRulesTest {
    private static PackageResult qmv(String rule, String positions) {
        return runPackage(onePackage("2025-03-01", "eu-council", "rule: " + rule, positions));
    }

    private static String against(String position, String... members) {
        StringBuilder out = new StringBuilder("default: support");
        for (String m : members) {
            out.append('\n').append(m).append(": ").append(position);
        }
        return out.toString();
    }

    @Test
    void fifteenInFavour_holdingOver65Percent_adopts() {
        // The 12 smallest against (MT LU CY EE LV SI LT HR IE SK FI DK: 694 units); 15 in favour hold 93.06%.
        PackageResult p = qmv("qmv", against("oppose", "MT", "LU", "CY", "EE", "LV", "SI", "LT", "HR", "IE", "SK", "FI", "DK"));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.reasons().get(0)).startsWith("QMV: 15 members in favour, 15 needed");
    }

    @Test
    void fourteenInFavour_fallsShortOfMembers() {
        PackageResult p = qmv("qmv", against("oppose", "MT", "LU", "CY", "EE", "LV", "SI", "LT", "HR", "IE", "SK", "FI", "DK", "BG"));
        assertThat(p.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(p.reasons()).containsExactly("QMV: 14 members in favour, 15 needed; 90.43% of the population in favour, 65% needed");
        assertThat(p.blockers()).hasSize(13);
    }

    @Test
    void abstention_countsAsNotInFavour() {
        PackageResult p = qmv("qmv", against("abstain", "MT", "LU", "CY", "EE", "LV", "SI", "LT", "HR", "IE", "SK", "FI", "DK", "BG"));
        assertThat(p.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(p.reasons()).containsExactly("QMV: 14 members in favour, 15 needed; 90.43% of the population in favour, 65% needed");
    }

    @Test
    void threeLargestAgainst_holdingOver35Percent_cannotBlock_majorityDeemedReached() {
        // DE FR IT hold 4689 units (46.88%): population test fails, but a blocking minority needs 4 members.
        PackageResult p = qmv("qmv", against("oppose", "DE", "FR", "IT"));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.reasons().get(0)).startsWith("QMV deemed reached: only 3 members not in favour, a blocking minority needs 4");
        assertThat(p.rulesFired()).contains(
                "QMV: fewer members against than a blocking minority needs, so the majority is deemed reached");
    }

    @Test
    void fourAgainst_holdingOver35Percent_formABlockingMinority() {
        PackageResult p = qmv("qmv", against("oppose", "DE", "FR", "IT", "MT"));
        assertThat(p.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(p.blockers()).extracting(CountryCode::code).containsExactly("DE", "FR", "IT", "MT");
        assertThat(p.reasons().get(0)).isEqualTo("QMV: blocking minority of 4 members; 23 members in favour, 15 needed; "
                + "52.99% of the population in favour, 65% needed");
    }

    @Test
    void populationJustAt65Percent_adopts_justBelow_blocks() {
        // against DE IT SE BG = 1849+1323+234+143 = 3549 -> in favour 6452/10001 = 64.51%: blocked (4 members).
        PackageResult below = qmv("qmv", against("oppose", "DE", "IT", "SE", "BG"));
        assertThat(below.verdict()).isEqualTo(Verdict.BLOCKED);
        // against DE IT SE MT = 1849+1323+234+12 = 3418 -> in favour 6583/10001 = 65.82%: adopted.
        PackageResult above = qmv("qmv", against("oppose", "DE", "IT", "SE", "MT"));
        assertThat(above.verdict()).isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void optOuts_thresholdsOverParticipantsOnly() {
        // 13 members opt out of a voluntary package; of the 14 taking part, 8 in favour (57%) holding most people.
        String positions = against("opt-out", "MT", "LU", "CY", "EE", "LV", "SI", "LT", "HR", "IE", "SK", "FI", "DK", "BG")
                + "\nAT: oppose\nHU: oppose\nEL: oppose\nSE: oppose\nPT: oppose\nCZ: oppose";
        PackageResult p = runPackage(onePackage("2025-03-01", "eu-council", "rule: qmv\nparticipation: voluntary", positions));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.reasons().get(0)).startsWith("QMV: 8 members in favour, 8 needed");
    }

    @Test
    void reinforcedQmv_twentyInFavour_adopts_nineteen_blocks() {
        List<String> seven = List.of("MT", "LU", "CY", "EE", "LV", "SI", "LT");
        PackageResult twenty = qmv("reinforced-qmv", against("oppose", seven.toArray(String[]::new)));
        assertThat(twenty.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(twenty.reasons().get(0)).startsWith("reinforced QMV: 20 members in favour, 20 needed");
        PackageResult nineteen = qmv("reinforced-qmv", against("oppose", "MT", "LU", "CY", "EE", "LV", "SI", "LT", "HR"));
        assertThat(nineteen.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(nineteen.reasons().get(0)).startsWith("reinforced QMV: 19 members in favour, 20 needed");
    }

    @Test
    void reinforcedQmv_hasNoFourMemberClause_threeLargeAgainstBlock() {
        PackageResult p = qmv("reinforced-qmv", against("oppose", "DE", "FR", "IT"));
        assertThat(p.verdict()).isEqualTo(Verdict.BLOCKED);
    }

    @Test
    void qmvShortOfFifteenMembers_reasonShowsThePopulationTestToo() {
        // 14 small members in favour hold little of the population: both tests fail, and both are shown.
        PackageResult p = qmv("qmv", against("oppose", "DE", "FR", "IT", "ES", "PL", "RO", "NL", "BE", "CZ", "PT", "SE", "EL", "HU"));
        assertThat(p.reasons()).singleElement().asString()
                .matches("QMV: 14 members in favour, 15 needed; \\d+(\\.\\d+)?% of the population in favour, 65% needed");
    }

    @Test
    void qmvDeemedReached_reasonShowsBothTests() {
        PackageResult p = qmv("qmv", against("oppose", "DE", "FR", "IT"));
        assertThat(p.reasons()).containsExactly("QMV deemed reached: only 3 members not in favour, a blocking minority needs 4; "
                + "24 members in favour, 15 needed; 53.11% of the population in favour, 65% needed");
    }

    @Test
    void reinforcedQmvShortOfMembers_reasonShowsBothTests() {
        PackageResult p = qmv("reinforced-qmv", against("oppose", "MT", "LU", "CY", "EE", "LV", "SI", "LT", "HR"));
        assertThat(p.reasons()).singleElement().asString()
                .startsWith("reinforced QMV: 19 members in favour, 20 needed; ").endsWith("% of the population in favour, 65% needed");
    }
}
