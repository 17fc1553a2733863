package org.aidsim.model;

import java.util.List;

/**
 * What a run found for one coalition on the scenario date.
 *
 * @param targetMet null when the coalition states no target
 * @param reasons   why it is active or not, whether it meets its target, and why declared entries are not members
 */
public record CoalitionResult(Coalition coalition, boolean active, List<CountryCode> leads, List<CountryCode> members,
                              Contribution pledged, Boolean targetMet, List<String> reasons, List<String> rulesFired) {
    public CoalitionResult {
        leads = List.copyOf(leads);
        members = List.copyOf(members);
        reasons = List.copyOf(reasons);
        rulesFired = List.copyOf(rulesFired);
    }

    public String id() {
        return coalition.id();
    }
}
