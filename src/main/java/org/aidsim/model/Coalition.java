package org.aidsim.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A capability coalition of the Ukraine Defense Contact Group ("Ramstein format"), as a scenario declares it.
 *
 * @param leads      the lead nations; each is a member from the launch (or from the date its member entry gives)
 * @param minMembers how many members (leads included) it needs to be active
 * @param target     what it aims to raise, or null when it states no target
 * @param eligible   the states that may join on the scenario date, resolved from {@code eligibleAs}
 * @param eligibleAs how the scenario wrote eligibility, e.g. "udcg, JP"
 */
public record Coalition(String id, String title, LocalDate launched, List<CountryCode> leads, int minMembers,
                        Contribution target, Set<CountryCode> eligible, String eligibleAs) implements AboutCoalition {
    public Coalition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(launched, "launched");
        leads = leads.stream().sorted().distinct().toList();
        eligible = new TreeSet<>(eligible);
        title = title == null ? id : title;
        if (minMembers < 1) {
            throw new IllegalArgumentException("a coalition needs at least 1 member to be active, not " + minMembers);
        }
    }

    @Override
    public String coalitionId() {
        return id;
    }

    public boolean launchedBy(ScenarioDate today) {
        return today.reached(launched);
    }

    public boolean admits(CountryCode state) {
        return eligible.contains(state);
    }

    public boolean hasTarget() {
        return target != null;
    }
}
