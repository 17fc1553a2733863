package org.aidsim.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Everything the rules folder says besides the rules: thresholds, forums, rosters and known countries. */
public record Institutions(Thresholds thresholds, Map<String, Forum> forums, Map<String, Roster> rosters,
                           Map<CountryCode, String> countries) {
    public Institutions {
        forums = new TreeMap<>(forums);
        rosters = new TreeMap<>(rosters);
        countries = new TreeMap<>(countries);
    }

    public boolean isKnownCountry(String code) {
        return CountryCode.isWellFormed(code) && countries.containsKey(CountryCode.of(code));
    }

    public Optional<Forum> forum(String id) {
        return Optional.ofNullable(forums.get(id));
    }

    /** Who sits in a forum on a date: a roster's members, or the single state of a national forum. */
    public List<CountryCode> seatsOf(String forum, LocalDate date) {
        Forum f = forums.get(forum);
        if (f == null) {
            return List.of(CountryCode.of(forum));
        }
        return rosters.get(f.roster()).membersOn(date);
    }

    public Optional<PopulationTable> populationOf(String forum, LocalDate date) {
        Forum f = forums.get(forum);
        return f == null ? Optional.empty() : rosters.get(f.roster()).populationOn(date);
    }

    public String countryName(CountryCode code) {
        return countries.getOrDefault(code, code.code());
    }
}
