package org.aidsim.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The members of an organisation with the dates they joined, and their population weights by year. */
public record Roster(String id, String title, Map<CountryCode, LocalDate> joined, List<PopulationTable> populations) {
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
