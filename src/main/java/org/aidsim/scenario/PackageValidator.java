package org.aidsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.aidsim.model.AidPackage;
import org.aidsim.model.CountryCode;
import org.aidsim.model.DecisionRule;
import org.aidsim.model.Forum;
import org.aidsim.model.Institutions;
import org.aidsim.model.Money;
import org.aidsim.model.Participation;
import org.aidsim.model.PopulationTable;
import org.aidsim.model.Position;
import org.aidsim.model.Roster;
import org.aidsim.model.Stance;

/** Checks one package of a scenario and expands its positions to a stance for every member of its forum. */
final class PackageValidator {
    private static final String SUPPORT_IF = "support-if";

    private final Institutions institutions;
    private final Problems problems;
    private final LocalDate date;
    private final Set<String> conditions;
    private final Set<String> coalitions;

    PackageValidator(Institutions institutions, Problems problems, LocalDate date, Set<String> conditions,
                     Set<String> coalitions) {
        this.institutions = institutions;
        this.problems = problems;
        this.date = date;
        this.conditions = conditions;
        this.coalitions = coalitions;
    }

    record Validated(AidPackage aidPackage, List<Stance> stances, Optional<PopulationTable> population) {
    }

    Optional<Validated> validate(ScenarioDocument.PackageDocument p, FieldPath at) {
        if (p.coalition() != null) {
            return new CoalitionPackageValidator(problems, coalitions, institutions.coalition(),
                    institutions.cite("parameters.yaml")).validate(p, at)
                    .map(aidPackage -> new Validated(aidPackage, List.of(), Optional.empty()));
        }
        if (DecisionRule.COALITION.word().equals(p.rule())) {
            problems.add(at.field("rule"), "rule coalition needs coalition: ID, the coalition that delivers the package");
            return Optional.empty();
        }
        Optional<String> forum = forum(p.forum(), at.field("forum"));
        if (forum.isEmpty()) {
            return Optional.empty();
        }
        Optional<DecisionRule> rule = rule(forum.get(), p.rule(), at.field("rule"));
        Participation participation = ScenarioValidator.participationOr(problems, p.participation(), at.field("participation"));
        Money amount = p.amount() == null || p.amount().isNull() ? null
                : ScenarioValidator.money(problems, p.amount(), at.field("amount")).orElse(null);
        if (rule.isPresent() && (rule.get().countsVotes() || p.votes() != null)) {
            if (rule.get().countsVotes() && Boolean.TRUE.equals(p.cfsp())) {
                problems.add(at.field("cfsp"), "the European Parliament takes no decision of the common foreign and"
                        + " security policy (Art. 24(1) TEU: the European Council and the Council do); leave cfsp out");
                return Optional.empty();
            }
            return VoteCounts.read(problems, p, rule.get(), at)
                    .map(votes -> new Validated(new AidPackage(p.id(), p.title(), forum.get(), rule.get(), participation,
                            amount, false, votes), List.of(), Optional.empty()));
        }
        if (rule.isPresent() && !ForumLimits.fits(problems, p, rule.get(), at)) {
            return Optional.empty();
        }
        Optional<String> uncovered = uncoveredDate(forum.get());
        if (uncovered.isPresent()) {
            problems.add(at.field("forum"), uncovered.get());
            return Optional.empty();
        }
        List<CountryCode> seats = institutions.seatsOf(forum.get(), date);
        if (seats.isEmpty()) {
            problems.add(at.field("forum"), noMembers(forum.get()));
            return Optional.empty();
        }
        Optional<PopulationTable> population = institutions.populationOf(forum.get(), date);
        Map<CountryCode, Declared> declared = positions(p.positions(), at.field("positions"), forum.get(), seats);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        boolean cfsp = Boolean.TRUE.equals(p.cfsp());
        if (cfsp && !institutions.forum(forum.get()).map(f -> "eu".equals(f.roster())).orElse(false)) {
            problems.add(at.field("cfsp"), "cfsp marks a decision of the EU's common foreign and security policy;"
                    + " forum " + forum.get() + " is not an EU forum (eu-council, european-council)");
        }
        List<Stance> stances = stances(p.id(), seats, population, declared);
        // A ratification or a declaration weighs no population, so the run does not note which weights it read.
        boolean weighs = !rule.get().equals(DecisionRule.RATIFICATION) && !rule.get().equals(DecisionRule.DECLARATION);
        return Optional.of(new Validated(new AidPackage(p.id(), p.title(), forum.get(), rule.get(), participation, amount,
                cfsp), stances, weighs ? population : Optional.empty()));
    }

    private static List<Stance> stances(String packageId, List<CountryCode> seats, Optional<PopulationTable> population,
                                        Map<CountryCode, Declared> declared) {
        Declared fallback = declared.getOrDefault(null, new Declared(Position.SUPPORT, null));
        List<Stance> stances = new ArrayList<>();
        for (CountryCode seat : seats) {
            Declared d = declared.getOrDefault(seat, fallback);
            long weight = population.map(t -> t.of(seat)).orElse(0L);
            stances.add(new Stance(packageId, seat, weight, d.position(), d.condition()));
        }
        return stances;
    }

    /** Every member's stance when a package is proposed again with these positions (unlisted members support). */
    List<Stance> reproposed(AidPackage p, Map<String, JsonNode> written, FieldPath at) {
        if (p.votes() != null) {
            problems.add(at, VoteCounts.NO_POSITIONS);
            return List.of();
        }
        List<CountryCode> seats = institutions.seatsOf(p.forum(), date);
        return stances(p.id(), seats, institutions.populationOf(p.forum(), date), positions(written, at, p.forum(), seats));
    }

    /** One member's new stance on a package, or empty (with a problem) when the member or position is wrong. */
    Optional<Stance> changed(AidPackage p, String member, JsonNode value, FieldPath memberAt, FieldPath at) {
        if (p.votes() != null) {
            problems.add(at, VoteCounts.NO_POSITIONS);
            return Optional.empty();
        }
        if (p.rule().equals(DecisionRule.RATIFICATION)) {
            Optional<String> refused = ForumLimits.refusedInRatification(value);
            if (refused.isPresent()) {
                problems.add(at, refused.get());
                return Optional.empty();
            }
        }
        List<CountryCode> seats = institutions.seatsOf(p.forum(), date);
        Optional<CountryCode> code = seat(p.forum(), member, memberAt, seats);
        Optional<Declared> declared = declared(value, at);
        if (code.isEmpty() || declared.isEmpty()) {
            return Optional.empty();
        }
        long weight = institutions.populationOf(p.forum(), date).map(t -> t.of(code.get())).orElse(0L);
        return Optional.of(new Stance(p.id(), code.get(), weight, declared.get().position(), declared.get().condition()));
    }

    /** A member that sits in the package's forum on the scenario's date. */
    Optional<CountryCode> seat(String forum, String member, FieldPath at, List<CountryCode> seats) {
        Optional<CountryCode> code = ScenarioValidator.country(problems, institutions, member, at);
        if (code.isPresent() && !seats.contains(code.get())) {
            problems.add(at, notAMember(code.get(), forum, seats));
            return Optional.empty();
        }
        return code;
    }

    Optional<CountryCode> seat(AidPackage p, String member, FieldPath at) {
        return seat(p.forum(), member, at, institutions.seatsOf(p.forum(), date));
    }

    /** Why the forum's roster cannot describe the scenario's date, if it cannot. */
    private Optional<String> uncoveredDate(String forum) {
        return institutions.forum(forum).map(f -> institutions.rosters().get(f.roster()))
                .filter(r -> !r.covers(date))
                .map(r -> "the " + r.id() + " roster (" + institutions.cite("reference/" + r.id() + ".yaml") + ") describes " + forum
                        + " from " + r.validFrom() + ", not on " + date + ": " + r.validFromReason());
    }

    /**
     * Why a forum with nobody in it on the scenario's date cannot decide, and from when it could. Only that date
     * needs checking: rosters record joining, never leaving, and a timeline visits no date before the scenario's,
     * so a roster with members then has them on every date the timeline visits.
     */
    private String noMembers(String forum) {
        Roster roster = institutions.rosters().get(institutions.kindOf(forum).roster());
        String first = roster.joined().values().stream().min(java.util.Comparator.naturalOrder())
                .map(d -> "; its first members joined on " + d + ", so date the scenario on or after that").orElse("");
        return forum + " has no members on " + date + " (" + institutions.cite("reference/" + roster.id() + ".yaml") + ")" + first
                + "; a forum with no members cannot decide";
    }

    private Optional<String> forum(String forum, FieldPath at) {
        if (forum == null) {
            problems.add(at, "a package needs a forum: " + forumWords());
            return Optional.empty();
        }
        if (institutions.forum(forum).isPresent() || institutions.isKnownCountry(forum)) {
            return Optional.of(forum);
        }
        String hint = "false".equals(forum) ? " (false is not a forum: Norway is NO)" : "";
        problems.add(at, "unknown forum '" + forum + "'; expected " + forumWords() + hint);
        return Optional.empty();
    }

    private String forumWords() {
        return String.join(", ", institutions.forums().keySet()) + ", or a country code such as PL for a national decision";
    }

    /** The package's rule: its forum's default when none is written, else one of the rules its forum allows. */
    private Optional<DecisionRule> rule(String forum, String written, FieldPath at) {
        Forum kind = institutions.kindOf(forum);
        if (written == null) {
            return Optional.of(kind.defaultRule());
        }
        Optional<DecisionRule> rule = ScenarioValidator.rule(problems, institutions, written, at);
        if (rule.isPresent() && !kind.allows(rule.get())) {
            String which = institutions.forum(forum).isPresent() ? "forum " + forum
                    : "a national decision (" + forum + ")";
            problems.add(at, "rule " + written + " has no meaning in " + which + "; valid rules for " + forum + ": "
                    + kind.ruleWords() + " (" + institutions.cite("parameters.yaml") + ")");
            return Optional.empty();
        }
        return rule;
    }

    private record Declared(Position position, String condition) {
    }

    /** The written positions by member; the key null holds {@code default}. */
    private Map<CountryCode, Declared> positions(Map<String, JsonNode> written, FieldPath at, String forum,
                                                 List<CountryCode> seats) {
        Map<CountryCode, Declared> out = new LinkedHashMap<>();
        if (written == null) {
            return out;
        }
        written.forEach((key, value) -> {
            FieldPath here = at.field(key);
            Optional<Declared> declared = declared(value, here);
            if ("default".equals(key)) {
                declared.ifPresent(d -> out.put(null, d));
                return;
            }
            Optional<CountryCode> member = ScenarioValidator.country(problems, institutions, key, here);
            if (member.isPresent() && !seats.contains(member.get())) {
                problems.addAtKey(here, notAMember(member.get(), forum, seats));
                return;
            }
            member.ifPresent(m -> declared.ifPresent(d -> out.put(m, d)));
        });
        return out;
    }

    private String notAMember(CountryCode member, String forum, List<CountryCode> seats) {
        Optional<Forum> f = institutions.forum(forum);
        if (f.isEmpty()) {
            return member + " has no say in a national decision of " + forum + "; only " + forum + " can be listed";
        }
        String joined = institutions.rosters().get(f.get().roster()).joinedOn(member)
                .map(d -> " (it joined on " + d + ")").orElse("");
        return member + " is not a member of " + forum + " on " + date + joined + "; members then: "
                + seats.stream().map(CountryCode::code).collect(Collectors.joining(" "));
    }

    private Optional<Declared> declared(JsonNode value, FieldPath at) {
        if (value != null && value.isTextual()) {
            return ScenarioValidator.position(problems, value.asText(), at).map(p -> new Declared(p, null));
        }
        if (value != null && value.isObject() && value.size() == 1 && value.has(SUPPORT_IF)) {
            JsonNode condition = value.get(SUPPORT_IF);
            if (!condition.isTextual() || !conditions.contains(condition.asText())) {
                problems.add(at.field(SUPPORT_IF), "unknown condition '" + condition.asText()
                        + "'; declare it under conditions (declared: "
                        + (conditions.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(conditions))) + ")");
                return Optional.empty();
            }
            return Optional.of(new Declared(Position.SUPPORT_IF, condition.asText()));
        }
        problems.add(at, "expected a position: " + Position.plainWords());
        return Optional.empty();
    }
}
