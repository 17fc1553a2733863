package org.aidsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.aidsim.model.AidPackage;
import org.aidsim.model.DecisionRule;
import org.aidsim.model.Institutions;
import org.aidsim.model.Stage;
import org.aidsim.model.VoteCount;

/**
 * Reads a package's {@code votes: {for: 499, against: 67, abstain: 31}}: the European Parliament's counts of its
 * members' votes, for the rules that decide on counts (votes-cast, component-members, two-thirds). Counts are whole
 * numbers from 0; a key left out is 0 (seats not written are absent). Positions have no meaning there (MEPs vote
 * individually, not as member states), and counts have no meaning in any other forum: both are refused.
 */
final class VoteCounts {
    /** The rules folder's number of seats on a date. */
    static final String SEATS = "european-parliament.component-members";
    static final String NO_POSITIONS = "the European Parliament's members vote individually, not as member states:"
            + " give its vote as counts, votes: {for: N, against: N, abstain: N}, not positions";
    private static final Set<String> KEYS = Set.of("for", "against", "abstain");

    private VoteCounts() {
    }

    /** The package's counts, or empty after a problem for each thing wrong. */
    static Optional<VoteCount> read(Problems problems, ScenarioDocument.PackageDocument p, DecisionRule rule, FieldPath at) {
        FieldPath votesAt = at.field("votes");
        if (!rule.countsVotes()) {
            problems.addAtKey(votesAt, "votes: counts individual members' votes, which only the european-parliament"
                    + " forum has (rules votes-cast, component-members, two-thirds); rule " + rule.word() + " of forum "
                    + p.forum() + " decides on its members' positions: write positions instead");
            return Optional.empty();
        }
        boolean ok = true;
        if (p.positions() != null) {
            problems.addAtKey(at.field("positions"), NO_POSITIONS);
            ok = false;
        }
        if (p.votes() == null) {
            problems.add(at, "rule " + rule.word() + " decides on the European Parliament's counts: add votes: {for: N,"
                    + " against: N, abstain: N} (seats not written are absent)");
            return Optional.empty();
        }
        Map<String, Long> counts = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : p.votes().entrySet()) {
            FieldPath here = votesAt.field(e.getKey());
            if (!KEYS.contains(e.getKey())) {
                problems.addAtKey(here, "unknown count '" + e.getKey() + "'; expected for, against or abstain");
                ok = false;
                continue;
            }
            JsonNode value = e.getValue();
            if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
                problems.add(here, "'" + (value == null ? "" : value.asText()) + "' is not a count; expected a whole"
                        + " number of members from 0, such as " + e.getKey() + ": 67");
                ok = false;
                continue;
            }
            long n = value.asLong();
            if (n < 0) {
                problems.add(here, n + " is negative; a count of members voting " + e.getKey() + " is a whole number from 0");
                ok = false;
                continue;
            }
            counts.put(e.getKey(), n);
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new VoteCount(counts.getOrDefault("for", 0L), counts.getOrDefault("against", 0L),
                counts.getOrDefault("abstain", 0L)));
    }

    /**
     * Adds a problem per package, stage or renewal whose counts need more seats than the Parliament has on the day
     * it is decided (the scenario's date for a package, a stage's due day), with the scenario's own
     * {@code parameters}, located at those counts ({@code packages[i].votes}, {@code packages[i].stages[j].votes},
     * {@code packages[i].renewal.votes}).
     */
    static void checkSeats(Institutions institutions, LocalDate date, Map<String, String> changes,
                           Map<Integer, AidPackage> byIndex, List<Stage> stages, FieldPath root, Problems problems) {
        byIndex.forEach((index, p) -> {
            FieldPath at = root.field("packages").index(index);
            if (p.votes() != null) {
                checkSeats(institutions, date, changes, p.votes(), at.field("votes"), problems);
            }
            for (Stage s : stages) {
                if (s.packageId().equals(p.id()) && s.ballot().votes() != null) {
                    FieldPath stageAt = s.renewal() ? at.field("renewal") : at.field("stages").index(s.order());
                    checkSeats(institutions, s.dueOn(), changes, s.ballot().votes(), stageAt.field("votes"), problems);
                }
            }
        });
    }

    private static void checkSeats(Institutions institutions, LocalDate date, Map<String, String> changes,
                                   VoteCount votes, FieldPath at, Problems problems) {
        Optional<String> seats = Optional.ofNullable(changes.get(SEATS)).or(() -> institutions.parameters().at(SEATS, date));
        if (seats.isEmpty() || !seats.get().trim().matches("\\d+")) {
            problems.add(at, "the European Parliament's seats on " + date + " are not known: "
                    + institutions.cite("parameters.yaml") + " gives " + SEATS + " from 2014-07-01;"
                    + " date the scenario on or after that, or set parameters." + SEATS);
            return;
        }
        long n = Long.parseLong(seats.get().trim());
        long given = votes.present();
        if (given > n) {
            problems.add(at, votes.inFavour() + " for + " + votes.against() + " against + "
                    + votes.abstain() + " abstaining = " + given + " members, but the European Parliament has "
                    + n + " component members on " + date + " (" + SEATS + " in "
                    + institutions.cite("parameters.yaml") + "); the three counts add up to at most " + n);
        }
    }
}
