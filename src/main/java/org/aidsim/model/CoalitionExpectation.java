package org.aidsim.model;

import java.util.List;

/** What a scenario says one coalition must come to. A null field is not checked. */
public record CoalitionExpectation(Boolean active, Boolean targetMet, List<CountryCode> leads,
                                   List<CountryCode> members, Contribution pledged, List<String> fired) {
    public CoalitionExpectation {
        leads = leads == null ? null : leads.stream().sorted().distinct().toList();
        members = members == null ? null : members.stream().sorted().distinct().toList();
        fired = fired == null ? null : List.copyOf(fired);
    }
}
