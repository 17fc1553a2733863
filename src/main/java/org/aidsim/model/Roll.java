package org.aidsim.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A coalition's members on the scenario date, drawn up once every declared member entry is resolved, so that no
 * rule about activity or pledges sees half a membership. Pledges count only from these members.
 */
public record Roll(String coalitionId, List<Membership> members) implements AboutCoalition {
    public Roll {
        members = members.stream().sorted(Comparator.comparing(Membership::member)).toList();
    }

    public static Roll of(String coalitionId, Collection<Membership> members) {
        return new Roll(coalitionId, List.copyOf(members));
    }

    public int size() {
        return members.size();
    }

    /** "1 member", "3 members". */
    public String count() {
        return size() + (size() == 1 ? " member" : " members");
    }

    public List<CountryCode> codes() {
        return members.stream().map(Membership::member).toList();
    }

    public List<CountryCode> leads() {
        return members.stream().filter(Membership::lead).map(Membership::member).toList();
    }

    public boolean hasLead() {
        return members.stream().anyMatch(Membership::lead);
    }

    public Contribution pledged() {
        return Contribution.sum(members.stream().map(Membership::pledge).toList());
    }

    /** True when the members' pledges cover {@code amount} in euros; a package without an amount is covered. */
    public boolean covers(Money amount) {
        return amount == null || pledged().euros().compareTo(amount) >= 0;
    }

    /** The roll as it would be if {@code member} left. */
    public Roll without(CountryCode member) {
        return new Roll(coalitionId, members.stream().filter(m -> !m.member().equals(member)).toList());
    }

    /** Why this roll could not deliver {@code amount} through {@code coalition}, or null when it could. */
    public String shortOf(Coalition coalition, Money amount) {
        if (!hasLead()) {
            return "no lead nation would remain";
        }
        if (size() < coalition.minMembers()) {
            return count() + " would remain, " + coalition.minMembers() + " needed";
        }
        if (!covers(amount)) {
            return "members' pledges would be " + pledged().euros().human() + ", " + amount.human() + " needed";
        }
        return null;
    }

    /** "depends on LU: without it, ..." when the coalition could not deliver {@code amount} without {@code member}. */
    public String shortWithout(CountryCode member, Coalition coalition, Money amount) {
        String why = without(member).shortOf(coalition, amount);
        return why == null ? null : "depends on " + member + ": without it, " + why;
    }
}
