package org.aidsim.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * The count of a package's votes that the decision rules compare against thresholds. Populations are the
 * roster's weights (head counts or published shares); only ratios of them are ever compared.
 */
public record Tally(
        String packageId,
        int members,
        long population,
        int participants,
        long participantPopulation,
        int inFavour,
        long inFavourPopulation,
        List<CountryCode> notInFavour,
        List<CountryCode> against,
        List<CountryCode> constructiveAbstainers,
        long constructiveAbstainerPopulation,
        List<Long> participantPopulations,
        long againstPopulation) implements AboutPackage {

    private static final Comparator<Vote> BY_MEMBER = (a, b) -> a.member().code().compareTo(b.member().code());

    public Tally {
        notInFavour = List.copyOf(notInFavour);
        against = List.copyOf(against);
        constructiveAbstainers = List.copyOf(constructiveAbstainers);
        participantPopulations = List.copyOf(participantPopulations);
    }

    /** Counts in one pass over the votes sorted by member; sweeps recount on every profile, so no streams here. */
    public static Tally of(String packageId, Collection<Vote> votes) {
        Vote[] sorted = votes.toArray(new Vote[0]);
        Arrays.sort(sorted, BY_MEMBER);
        int participants = 0;
        int inFavour = 0;
        long population = 0;
        long participantPopulation = 0;
        long inFavourPopulation = 0;
        long abstainerPopulation = 0;
        long againstPopulation = 0;
        List<CountryCode> notInFavour = new ArrayList<>();
        List<CountryCode> against = new ArrayList<>();
        List<CountryCode> abstainers = new ArrayList<>();
        List<Long> participantWeights = new ArrayList<>();
        for (Vote v : sorted) {
            population += v.population();
            if (v.position() == Position.CONSTRUCTIVE_ABSTAIN) {
                abstainers.add(v.member());
                abstainerPopulation += v.population();
            }
            if (!v.takesPart()) {
                continue;
            }
            participants++;
            participantPopulation += v.population();
            participantWeights.add(v.population());
            if (v.inFavour()) {
                inFavour++;
                inFavourPopulation += v.population();
            } else {
                notInFavour.add(v.member());
                if (v.position() == Position.OPPOSE) {
                    against.add(v.member());
                    againstPopulation += v.population();
                }
            }
        }
        participantWeights.sort(Comparator.reverseOrder());
        return new Tally(packageId, sorted.length, population, participants, participantPopulation, inFavour,
                inFavourPopulation, notInFavour, against, abstainers, abstainerPopulation, participantWeights,
                againstPopulation);
    }

    public boolean allTakePart() {
        return participants == members;
    }

    /**
     * Why a consensus nobody backs fails, worded for one participant or several: "the only ally taking part does
     * not back it", "none of 3 allies taking part backs it".
     */
    public String noParticipatingAllyBacksIt() {
        return participants == 1 ? "the only ally taking part does not back it"
                : "none of " + participants + " allies taking part backs it";
    }

    /**
     * Who signs a declaration, as its report names them: "all 27", or "26 (not HU)" listing the members taking part
     * that are not in favour, and "1 staying out" for members that opted out of a voluntary text.
     */
    public String signatories() {
        if (inFavour == members) {
            return "all " + members;
        }
        List<String> not = new ArrayList<>();
        if (!notInFavour.isEmpty()) {
            not.add("not " + CountryCode.join(notInFavour));
        }
        if (participants < members) {
            not.add((members - participants) + " staying out");
        }
        return inFavour + " (" + String.join("; ", not) + ")";
    }

    public int notInFavourCount() {
        return notInFavour.size();
    }

    /**
     * The fewest participants whose population together exceeds {@code share} of the participants' population
     * (the largest first); 0 when nobody takes part. Arithmetic only: which blocking-minority floor a vote has, and
     * what Art. 238(3)(a) TFEU adds to this count, is for rules/consensus/qmv.drl and rules/parameters.yaml to say.
     */
    public int fewestHoldingMoreThan(Ratio share) {
        long held = 0;
        int count = 0;
        for (long weight : participantPopulations) {
            if (share.isExceededBy(held, participantPopulation)) {
                break;
            }
            held += weight;
            count++;
        }
        return count;
    }

    public String inFavourShare() {
        return Percent.of(inFavourPopulation, participantPopulation);
    }

    /**
     * At least {@code share} of the participants in favour, and at least {@code minimum} members; whether a minimum
     * applies (Art. 16(4) TEU, not when members stay out) is for the rules to say (qmv.drl's minimumInFavour).
     */
    public boolean membersReached(Ratio share, int minimum) {
        return share.isReachedBy(inFavour, participants) && inFavour >= minimum;
    }

    public boolean populationReached(Ratio share) {
        return share.isReachedBy(inFavourPopulation, participantPopulation);
    }

    /** Art. 31(1) TEU: constructive abstainers reach the share of all members and of the whole population. */
    public boolean abstentionLineReached(Ratio membersShare, Ratio populationShare) {
        return membersShare.isReachedBy(constructiveAbstainers.size(), members)
                && populationShare.isReachedBy(constructiveAbstainerPopulation, population);
    }

    /** "14 members in favour, 15 needed". */
    public String membersLine(Ratio share, int minimum) {
        long needed = Math.max(share.smallestReaching(participants), minimum);
        return inFavour + " members in favour, " + needed + " needed";
    }

    /**
     * Both tests of a qualified majority, always together so a reason can be compared with the Council's published
     * results: "14 members in favour, 15 needed; 62.4% of the population in favour, 65% needed".
     */
    public String bothTests(Ratio members, int minimum, Ratio population) {
        return membersLine(members, minimum) + "; " + populationLine(population);
    }

    /** "62.4% of the population in favour, 65% needed". */
    public String populationLine(Ratio share) {
        return inFavourShare() + " of the population in favour, " + share.percent() + " needed";
    }

    /** "constructive abstention by 9 of 27 members holding 35.2% of the population". */
    public String abstentionLine() {
        return "constructive abstention by " + constructiveAbstainers.size() + " of " + members + " members holding "
                + Percent.of(constructiveAbstainerPopulation, population) + " of the population";
    }

    /**
     * A qualified majority against (Regulation (EU) No 182/2011, Art. 5(3), read with Art. 16(4) TEU): at least
     * {@code members} of the participants voting against, at least {@code minimum} of them when all take part, holding
     * at least {@code population} of the participants' population.
     */
    public boolean againstReached(Ratio members, int minimum, Ratio population) {
        return members.isReachedBy(against.size(), participants) && (against.size() >= minimum || !allTakePart())
                && population.isReachedBy(againstPopulation, participantPopulation);
    }

    /** "5 members against, 15 needed; 22.6% of the population against, 65% needed". */
    public String againstLine(Ratio members, int minimum, Ratio population) {
        long needed = members.smallestReaching(participants);
        if (allTakePart() && needed < minimum) {
            needed = minimum;
        }
        return against.size() + " members against, " + needed + " needed; " + Percent.of(againstPopulation, participantPopulation)
                + " of the population against, " + population.percent() + " needed";
    }

    /** Art. 5(4)(c) of Regulation (EU) No 182/2011: more than {@code share} of all the members (component members) against. */
    public boolean againstExceed(Ratio share) {
        return share.isExceededBy(against.size(), members);
    }
}
