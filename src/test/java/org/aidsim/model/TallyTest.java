package org.aidsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TallyTest {
    private static Vote vote(String member, long weight, Position position) {
        return new Vote("p", CountryCode.of(member), weight, position, "declared");
    }

    @Test
    void optOuts_areLeftOutOfParticipantsButCountAsMembers() {
        Tally t = Tally.of("p", List.of(vote("DE", 1849, Position.SUPPORT), vote("DK", 132, Position.OPT_OUT),
                vote("HU", 213, Position.ABSTAIN)));
        assertThat(t.members()).isEqualTo(3);
        assertThat(t.participants()).isEqualTo(2);
        assertThat(t.participantPopulation()).isEqualTo(2062);
        assertThat(t.notInFavour()).containsExactly(CountryCode.of("HU"));
        assertThat(t.allTakePart()).isFalse();
    }

    @Test
    void fewestHoldingMoreThan35Percent_isTheLargestAloneWhenItHolds40() {
        // Weights 40, 30, 20, 10: the largest alone (40%) holds over 35% (Art. 238(3)(a) TFEU adds one in qmv.drl).
        List<Vote> votes = new ArrayList<>(List.of(vote("DE", 40, Position.SUPPORT), vote("FR", 30, Position.SUPPORT),
                vote("IT", 20, Position.SUPPORT), vote("ES", 10, Position.SUPPORT)));
        assertThat(Tally.of("p", votes).fewestHoldingMoreThan(new Ratio(35, 100))).isEqualTo(1);
    }

    @Test
    void fewestHoldingMoreThan35Percent_forFullEu27Weights_isThree() {
        // DE + FR hold 33.66% (not over 35%); DE + FR + IT hold 46.89%: three members.
        long[] weights = {1849, 1517, 1323, 1078, 833, 423, 401, 262, 242, 236, 234, 231, 213, 202, 143, 132, 125, 121,
                119, 86, 64, 47, 42, 30, 21, 15, 12};
        List<Vote> votes = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            votes.add(vote(String.valueOf((char) ('A' + i / 26)) + (char) ('A' + i % 26), weights[i], Position.SUPPORT));
        }
        assertThat(Tally.of("p", votes).fewestHoldingMoreThan(new Ratio(35, 100))).isEqualTo(3);
    }

    @Test
    void abstentionLine_needsBothMembersAndPopulation() {
        Tally threeOfNineSmall = Tally.of("p", List.of(
                vote("AA", 1, Position.CONSTRUCTIVE_ABSTAIN), vote("AB", 1, Position.CONSTRUCTIVE_ABSTAIN),
                vote("AC", 1, Position.CONSTRUCTIVE_ABSTAIN), vote("AD", 100, Position.SUPPORT),
                vote("AE", 100, Position.SUPPORT), vote("AF", 100, Position.SUPPORT), vote("AG", 100, Position.SUPPORT),
                vote("AH", 100, Position.SUPPORT), vote("AI", 100, Position.SUPPORT)));
        assertThat(threeOfNineSmall.abstentionLineReached(new Ratio(1, 3), new Ratio(1, 3))).isFalse();
    }
}
