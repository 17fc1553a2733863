package org.aidsim.scenario;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.aidsim.model.CountryCode;
import org.aidsim.model.PopulationTable;

/**
 * A roster's {@code weights:} (votes per member, for the {@code weighted} rule: the Council before November 2014, or
 * any weighted game a user models), read as the roster's one weight table of unit {@code votes}, dated from the year
 * its first member joined, so that each member's stance carries its votes as the tally's weight.
 */
final class WeightedRoster {
    /** The unit of a table read from {@code weights:}. */
    static final String UNIT = "votes";

    private WeightedRoster() {
    }

    /**
     * The weights as a table; problems (located under {@code weights}) for a negative weight, a code not in the
     * roster's members, a member without a weight, or weights beside {@code populations}.
     */
    static Optional<PopulationTable> weights(ReferenceDocuments.RosterDoc doc, Map<CountryCode, LocalDate> joined, Problems problems) {
        FieldPath at = FieldPath.ROOT.field("weights");
        if (doc.populations() != null && !doc.populations().isEmpty()) {
            problems.add(at, "a roster has either weights (votes per member) or populations, not both");
            return Optional.empty();
        }
        Map<CountryCode, Long> figures = new TreeMap<>();
        doc.weights().forEach((code, value) -> {
            if (!CountryCode.isWellFormed(code) || !joined.containsKey(CountryCode.of(code))) {
                problems.add(at.field(code), "'" + code + "' is not a member of this roster; expected one of " + joined.keySet());
            } else if (value == null || value < 0) {
                problems.add(at.field(code), "a weight must be a whole number of votes, 0 or more; got " + value);
            } else {
                figures.put(CountryCode.of(code), value);
            }
        });
        joined.keySet().stream().filter(m -> !doc.weights().containsKey(m.code())).findFirst().ifPresent(m ->
                problems.add(at, "no weight for " + m + "; every member of the roster needs one"));
        int year = joined.values().stream().min(LocalDate::compareTo).map(LocalDate::getYear).orElse(1900);
        return Optional.of(new PopulationTable(year, UNIT, doc.source(), figures));
    }
}
