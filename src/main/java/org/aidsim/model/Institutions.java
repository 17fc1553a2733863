package org.aidsim.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything the rules folder says besides the rules: parameters (dated, cited thresholds), forums, rosters and known countries.
 *
 * @param national  how a country code as forum decides (a government alone), with no roster
 * @param coalition how a package delivered through a coalition decides, with no roster
 * @param folderShownAs how messages name the rules folder these were read from, as a prefix of a file in it:
 *                      "rules/", "my-rules/", or "the packaged rules' " for the copy in the jar
 * @param money     euro reference rates and contribution keys (reference/rates/, reference/cost-shares/)
 */
public record Institutions(Parameters parameters, Map<String, Forum> forums, Map<String, Roster> rosters,
                           Map<CountryCode, String> countries, Forum national, Forum coalition, String folderShownAs,
                           MoneyReference money, List<TreatyOptOut> optOuts) {
    /** Institutions with no rates, no contribution keys and no treaty opt-outs. */
    public Institutions(Parameters parameters, Map<String, Forum> forums, Map<String, Roster> rosters,
                        Map<CountryCode, String> countries, Forum national, Forum coalition, String folderShownAs) {
        this(parameters, forums, rosters, countries, national, coalition, folderShownAs, MoneyReference.NONE, List.of());
    }

    /** The policy areas reference/opt-outs.yaml names, sorted: the words a package's {@code area} may take. */
    public List<String> optOutAreas() {
        return optOuts.stream().map(TreatyOptOut::area).distinct().sorted().toList();
    }

    /** The opt-outs in {@code area} in force on {@code date}, by member. */
    public Map<CountryCode, TreatyOptOut> optOutsIn(String area, LocalDate date) {
        Map<CountryCode, TreatyOptOut> out = new TreeMap<>();
        optOuts.stream().filter(o -> o.area().equals(area) && o.inForceOn(date)).forEach(o -> out.put(o.member(), o));
        return out;
    }

    public Institutions {
        money = money == null ? MoneyReference.NONE : money;
        optOuts = optOuts == null ? List.of() : List.copyOf(optOuts);
        forums = new TreeMap<>(forums);
        rosters = new TreeMap<>(rosters);
        countries = new TreeMap<>(countries);
        Objects.requireNonNull(national, "national");
        Objects.requireNonNull(coalition, "coalition");
    }

    /**
     * A file of the rules folder in use as a message cites it, e.g. {@code cite("reference/nato.yaml")} is
     * "rules/reference/nato.yaml", or "the packaged rules' reference/nato.yaml" when run outside a checkout.
     */
    public String cite(String file) {
        return folderShownAs + file;
    }

    /** How a package with this forum decides: a forum of parameters.yaml, else the national kind. */
    public Forum kindOf(String forum) {
        return forums.getOrDefault(forum, national);
    }

    /** The quorum of every forum that has one, as facts for the rules. */
    public List<Quorum> quorums() {
        return forums.values().stream().map(Forum::quorum).filter(Objects::nonNull).toList();
    }

    /** Every rule a package may name: those Java names, then any other a forum lists. */
    public List<DecisionRule> decisionRules() {
        java.util.LinkedHashSet<DecisionRule> all = new java.util.LinkedHashSet<>(DecisionRule.NAMED);
        forums.values().forEach(f -> all.addAll(f.rules()));
        return List.copyOf(all);
    }

    /** The parameters in force for a scenario: on its date, with its what-if changes ({@code parameters:}). */
    public Thresholds thresholdsFor(Scenario scenario) {
        return parameters.with(scenario.parameters()).on(scenario.date());
    }

    /** The parameters in force on {@code date} (a stage's due day, say), with the scenario's what-if changes. */
    public Thresholds thresholdsFor(Scenario scenario, java.time.LocalDate date) {
        return parameters.with(scenario.parameters()).on(date);
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
