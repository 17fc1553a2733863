package org.aidsim.engine;

import static org.aidsim.TestRules.runPackage;
import static org.assertj.core.api.Assertions.assertThat;

import org.aidsim.model.PackageResult;
import org.aidsim.model.Verdict;
import org.junit.jupiter.api.Test;

/** The European Parliament's three majorities, decided on vote counts against its seats on the date. */
class ParliamentRulesTest {
    /** A one-package scenario of the Parliament on {@code date}, by {@code rule}, with these counts. */
    static String parliament(String date, String rule, String votes) {
        return """
                name: test
                date: %s
                packages:
                  - id: p
                    forum: european-parliament
                    rule: %s
                    votes: %s
                """.formatted(date, rule, votes);
    }

    @Test
    void componentMembers_360Of720_isNotAMajority() {
        PackageResult p = runPackage(parliament("2025-03-01", "component-members", "{for: 360, against: 100, abstain: 150}"));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.reasons()).containsExactly("no majority of component members: 360 for of 720 component members;"
                + " needs 361 (100 against, 150 abstaining, 110 absent)");
    }

    @Test
    void componentMembers_361Of720_givesConsent() {
        PackageResult p = runPackage(parliament("2025-03-01", "component-members", "{for: 361, against: 359}"));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.count().absent()).isZero();
    }

    @Test
    void componentMembers_before16July2024_count705Seats() {
        PackageResult p = runPackage(parliament("2024-02-27", "component-members", "{for: 499, against: 67, abstain: 31}"));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.reasons()).containsExactly("majority of component members: 499 for of 705 component members;"
                + " needs 353 (67 against, 31 abstaining, 108 absent)");
    }

    @Test
    void componentMembers_on16July2024_count720Seats() {
        assertThat(runPackage(parliament("2024-07-16", "component-members", "{for: 353}")).verdict()).isEqualTo(Verdict.FAILED);
        assertThat(runPackage(parliament("2024-07-15", "component-members", "{for: 353}")).verdict()).isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void votesCast_isTheDefaultRule_andAbstentionsAreNotVotesCast() {
        PackageResult p = runPackage("""
                name: test
                date: 2025-03-01
                packages:
                  - id: p
                    forum: european-parliament
                    votes: {for: 200, against: 150, abstain: 300}
                """);
        assertThat(p.aidPackage().rule().word()).isEqualTo("votes-cast");
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.reasons()).containsExactly("majority of the votes cast: 200 for of 350 votes cast (150 against;"
                + " 300 abstentions and 70 absent are not votes cast); needs 176");
    }

    @Test
    void votesCast_tie_isNoMajority() {
        PackageResult p = runPackage(parliament("2025-03-01", "votes-cast", "{for: 300, against: 300, abstain: 20}"));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.reasons()).singleElement().asString().startsWith("no majority of the votes cast: 300 for of 600 votes cast");
    }

    @Test
    void votesCast_nobodyVotes_isNoMajority() {
        PackageResult p = runPackage(parliament("2025-03-01", "votes-cast", "{abstain: 10}"));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.reasons()).singleElement().asString().endsWith("; needs 1");
    }

    @Test
    void twoThirds_exactlyTwoThirdsOfVotesCast_adopts() {
        PackageResult p = runPackage(parliament("2025-03-01", "two-thirds", "{for: 400, against: 200, abstain: 50}"));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void twoThirds_oneVoteShort_fails() {
        PackageResult p = runPackage(parliament("2025-03-01", "two-thirds", "{for: 399, against: 200, abstain: 50}"));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.reasons()).containsExactly("no two thirds of the votes cast: 399 for of 599 votes cast (200 against;"
                + " 50 abstentions and 71 absent are not votes cast); needs 400");
    }

    @Test
    void twoThirds_ofAThinHouse_failsForWantOfAMajorityOfComponentMembers() {
        PackageResult p = runPackage(parliament("2025-03-01", "two-thirds", "{for: 300, against: 100}"));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.reasons()).containsExactly("two thirds do not represent a majority of component members: 300 for of"
                + " 720 component members; needs 361 (100 against, 0 abstaining, 320 absent)");
    }

    @Test
    void article7VoteOf2018_withAbstentionsNotCounted_reachesTwoThirdsOf751() {
        PackageResult p = runPackage(parliament("2018-09-12", "two-thirds", "{for: 448, against: 197, abstain: 48}"));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.count().seats()).isEqualTo(751);
        assertThat(p.count().cast()).isEqualTo(645);
    }

    @Test
    void article7VoteOf2018_withAbstentionsCountedAgainst_wouldHaveFailed() {
        PackageResult p = runPackage(parliament("2018-09-12", "two-thirds", "{for: 448, against: 245}"));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.reasons()).singleElement().asString().endsWith("of 693 votes cast (245 against; 0 abstentions and 58"
                + " absent are not votes cast); needs 462");
    }

    @Test
    void seatsParameterSetByTheScenario_isTheCountOfComponentMembers() {
        PackageResult p = runPackage(parliament("2025-03-01", "component-members", "{for: 361}")
                + "parameters: { european-parliament.component-members: 751 }\n");
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.reasons()).singleElement().asString().contains("361 for of 751 component members; needs 376");
    }

    @Test
    void parliamentPackage_hasNoMembersVotes_andNoNobodyTakesPartDecision() {
        PackageResult p = runPackage(parliament("2025-03-01", "votes-cast", "{for: 1}"));
        assertThat(p.votes()).isEmpty();
        assertThat(p.rulesFired()).containsExactly("European Parliament: the seats not voting are its component members on the date less the votes given",
                "Votes cast: more votes for than against adopt the act, abstentions not counted");
    }
}
