package org.aidsim.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.aidsim.model.Coalition;
import org.aidsim.model.Contribution;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Institutions;
import org.aidsim.model.MembershipClaim;
import org.aidsim.model.Roster;

/**
 * Checks a scenario's {@code coalitions} and turns each into a {@link Coalition} and one {@link MembershipClaim}
 * per member entry (plus one per lead nation that has no entry of its own, from the launch date). Whether an entry
 * is a membership on the scenario date is for the rules to decide; what can never make sense is reported here.
 */
final class CoalitionValidator {
    /** Without {@code min-members}, a coalition needs a lead and one more member: a coalition of one is a national effort. */
    static final int DEFAULT_MIN_MEMBERS = 2;
    /** Without {@code eligible}, the participants of the Ukraine Defense Contact Group may join. */
    static final List<String> DEFAULT_ELIGIBLE = List.of("udcg");
    private static final ScenarioValidator.IdKind KIND = new ScenarioValidator.IdKind("coalition", "it", "coalitions", Set.of());

    private final Institutions institutions;
    private final Problems problems;
    private final LocalDate date;
    private final List<Coalition> coalitions = new ArrayList<>();
    private final List<MembershipClaim> claims = new ArrayList<>();
    private final Set<String> ids = new TreeSet<>();

    CoalitionValidator(Institutions institutions, Problems problems, LocalDate date) {
        this.institutions = institutions;
        this.problems = problems;
        this.date = date;
    }

    List<Coalition> coalitions() {
        return coalitions;
    }

    List<MembershipClaim> claims() {
        return claims;
    }

    /** Every coalition id the scenario declares, including those of coalitions with other problems. */
    Set<String> ids() {
        return ids;
    }

    void validate(List<ScenarioDocument.CoalitionDocument> docs) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            FieldPath at = FieldPath.ROOT.field("coalitions").index(i);
            ScenarioDocument.CoalitionDocument c = docs.get(i);
            if (c == null) {
                problems.add(at, "expected a coalition with id, launched, leads and members");
            } else if (ScenarioValidator.checkId(problems, KIND, c.id(), at.field("id"), seen, i)) {
                ids.add(c.id());
                coalition(c, at);
            }
        }
    }

    private void coalition(ScenarioDocument.CoalitionDocument c, FieldPath at) {
        LocalDate launched = ScenarioValidator.date(problems, c.launched(), at.field("launched"),
                "a coalition needs a launched date (YYYY-MM-DD); no member can join before it");
        List<String> eligibleAs = c.eligible() == null ? DEFAULT_ELIGIBLE : c.eligible();
        Optional<Set<CountryCode>> eligible = eligible(eligibleAs, at.field("eligible"));
        String eligibleText = String.join(", ", eligibleAs);
        List<CountryCode> leads = leads(c, at.field("leads"), eligible, eligibleText);
        int minMembers = minMembers(c.minMembers(), at.field("min-members"));
        Contribution target = c.target() == null || c.target().isNull() ? null
                : ContributionParser.parse(problems, c.target(), at.field("target")).orElse(null);
        Map<CountryCode, MembershipClaim> entries = members(c, at.field("members"), launched, leads);
        if (launched == null) {
            return;
        }
        for (CountryCode lead : leads) {
            entries.computeIfAbsent(lead, l -> new MembershipClaim(c.id(), l, launched, null, Contribution.NONE, false, true));
        }
        coalitions.add(new Coalition(c.id(), c.title(), launched, leads, minMembers, target,
                eligible.orElse(Set.of()), eligibleText));
        claims.addAll(entries.values());
    }

    /** The states the written eligibility admits on the scenario date; empty when any entry is wrong. */
    private Optional<Set<CountryCode>> eligible(List<String> written, FieldPath at) {
        Set<CountryCode> out = new TreeSet<>();
        boolean ok = !written.isEmpty();
        if (!ok) {
            problems.add(at, "eligible lists who may join; expected rosters such as udcg, eu or nato, and/or country codes");
        }
        for (int i = 0; i < written.size(); i++) {
            String entry = written.get(i);
            Roster roster = entry == null ? null : institutions.rosters().get(entry);
            if (roster != null) {
                out.addAll(roster.membersOn(date));
            } else if (institutions.isKnownCountry(entry)) {
                out.add(CountryCode.of(entry));
            } else {
                problems.add(at.index(i), "unknown roster or country '" + entry + "'; expected one of: "
                        + String.join(", ", institutions.rosters().keySet()) + ", or a country code such as JP");
                ok = false;
            }
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    private List<CountryCode> leads(ScenarioDocument.CoalitionDocument c, FieldPath at, Optional<Set<CountryCode>> eligible,
                                    String eligibleText) {
        List<CountryCode> out = new ArrayList<>();
        if (c.leads() == null) {
            problems.add(at, "a coalition needs leads: its lead nations, such as [EE, LU] (write [] while it has none)");
            return out;
        }
        for (int i = 0; i < c.leads().size(); i++) {
            FieldPath here = at.index(i);
            Optional<CountryCode> lead = ScenarioValidator.country(problems, institutions, c.leads().get(i), here);
            if (lead.isEmpty()) {
                continue;
            }
            if (out.contains(lead.get())) {
                problems.add(here, "duplicate lead nation '" + lead.get() + "'; leads[" + out.indexOf(lead.get()) + "] already names it");
            } else if (eligible.isPresent() && !eligible.get().contains(lead.get())) {
                problems.add(here, "lead nation " + lead.get() + " is not eligible to join " + c.id() + " on " + date
                        + " (eligible: " + eligibleText + "); a lead is always a member, so it must be eligible");
            } else {
                out.add(lead.get());
            }
        }
        return out;
    }

    private int minMembers(Integer written, FieldPath at) {
        if (written == null) {
            return DEFAULT_MIN_MEMBERS;
        }
        if (written < 1) {
            problems.add(at, "min-members must be 1 or more, got " + written);
            return DEFAULT_MIN_MEMBERS;
        }
        return written;
    }

    /** The member entries by state; an entry with a problem is left out after the problem is added. */
    private Map<CountryCode, MembershipClaim> members(ScenarioDocument.CoalitionDocument c, FieldPath at, LocalDate launched,
                                                      List<CountryCode> leads) {
        Map<CountryCode, MembershipClaim> out = new LinkedHashMap<>();
        Map<CountryCode, Integer> seen = new LinkedHashMap<>();
        List<ScenarioDocument.MemberDocument> members = c.members() == null ? List.of() : c.members();
        for (int i = 0; i < members.size(); i++) {
            FieldPath here = at.index(i);
            ScenarioDocument.MemberDocument m = members.get(i);
            if (m == null || m.country() == null) {
                problems.add(here, "a member entry needs country and joined, such as {country: NL, joined: 2024-01-16}");
                continue;
            }
            Optional<CountryCode> state = ScenarioValidator.country(problems, institutions, m.country(), here.field("country"));
            if (state.isEmpty()) {
                continue;
            }
            Integer first = seen.putIfAbsent(state.get(), i);
            if (first != null) {
                problems.add(here.field("country"), "duplicate member '" + state.get() + "'; members[" + first
                        + "] already lists it (one entry per state: joined, left and pledge together)");
                continue;
            }
            member(c.id(), m, state.get(), here, launched, leads.contains(state.get())).ifPresent(e -> out.put(state.get(), e));
        }
        return out;
    }

    private Optional<MembershipClaim> member(String id, ScenarioDocument.MemberDocument m, CountryCode state, FieldPath at,
                                             LocalDate launched, boolean lead) {
        LocalDate joined = ScenarioValidator.date(problems, m.joined(), at.field("joined"),
                "a member entry needs joined: the date it joined (or declared readiness, with intent: true)");
        LocalDate left = m.left() == null ? null : ScenarioValidator.date(problems, m.left(), at.field("left"), "");
        Contribution pledge = m.pledge() == null || m.pledge().isNull() ? Contribution.NONE
                : ContributionParser.parse(problems, m.pledge(), at.field("pledge")).orElse(null);
        boolean intent = Boolean.TRUE.equals(m.intent());
        boolean ok = joined != null && pledge != null && (m.left() == null || left != null);
        if (ok && launched != null && joined.isBefore(launched)) {
            problems.add(at.field("joined"), state + " joined on " + joined + ", before " + id + " was launched on "
                    + launched + "; a member joins on or after the launch");
            ok = false;
        }
        if (ok && left != null && !left.isAfter(joined)) {
            problems.add(at.field("left"), state + " left on " + left + ", not after it joined on " + joined);
            ok = false;
        }
        if (lead && left != null) {
            problems.add(at.field("left"), state + " is a lead nation of " + id
                    + " and always a member; a lead cannot leave (drop it from leads to model a coalition without it)");
            ok = false;
        }
        if (lead && intent) {
            problems.add(at.field("intent"), state + " is a lead nation of " + id + " and so a member; drop intent");
            ok = false;
        }
        return ok ? Optional.of(new MembershipClaim(id, state, joined, left, pledge, intent, lead)) : Optional.empty();
    }
}
