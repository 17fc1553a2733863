package org.aidsim.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The members of an organisation with the dates they joined, and their population weights by year.
 *
 * @param validFrom the first date the roster describes truly (null: any date), e.g. the EU-27 from 2020-02-01
 * @param validFromReason why earlier dates are out of its reach, for the error a user sees
 */
public record Roster(String id, String title, Map<CountryCode, LocalDate> joined, List<PopulationTable> populations,
                     LocalDate validFrom, String validFromReason) {
    public Roster(String id, String title, Map<CountryCode, LocalDate> joined, List<PopulationTable> populations) {
        this(id, title, joined, populations, null, "");
    }

    public boolean covers(LocalDate date) {
        return validFrom == null || !date.isBefore(validFrom);
    }

    public Roster {
        joined = new TreeMap<>(joined);
        populations = populations.stream().sorted(Comparator.comparingInt(PopulationTable::year)).toList();
    }

    public List<CountryCode> membersOn(LocalDate date) {
        return joined.entrySet().stream()
                .filter(e -> !e.getValue().isAfter(date))
                .map(Map.Entry::getKey)
                .toList();
    }

    public boolean isMemberOn(CountryCode code, LocalDate date) {
        LocalDate since = joined.get(code);
        return since != null && !since.isAfter(date);
    }

    public Optional<LocalDate> joinedOn(CountryCode code) {
        return Optional.ofNullable(joined.get(code));
    }

    /** The latest table not after the date's year, else the earliest; empty when the roster has no weights. */
    public Optional<PopulationTable> populationOn(LocalDate date) {
        return populations.stream()
                .filter(t -> t.year() <= date.getYear())
                .reduce((a, b) -> b)
                .or(() -> populations.stream().findFirst());
    }
}
