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
import org.aidsim.model.CostKey;
import org.aidsim.model.CostShareRule;
import org.aidsim.model.CountryCode;
import org.aidsim.model.DecisionRule;
import org.aidsim.model.Forum;
import org.aidsim.model.Institutions;
import org.aidsim.model.Money;
import org.aidsim.model.Participation;
import org.aidsim.model.PopulationTable;
import org.aidsim.model.Position;
import org.aidsim.model.Roster;
import org.aidsim.model.Stage;
import org.aidsim.model.Stance;

/** Checks one package of a scenario and expands its positions to a stance for every member of its forum. */
final class PackageValidator {
    private static final String SUPPORT_IF = "support-if";

    private final Institutions institutions;
    private final Problems problems;
    private final LocalDate date;
    private final Set<String> coalitions;
    private final LinkReader links;
    private final Amounts amounts;

    PackageValidator(Institutions institutions, Problems problems, LocalDate date, Set<String> coalitions,
                     LinkReader links) {
        this.links = links;
        this.institutions = institutions;
        this.problems = problems;
        this.date = date;
        this.coalitions = coalitions;
        this.amounts = new Amounts(problems, institutions, date);
    }

    /** The scenario's amounts that may be written in another currency, and the notes of their conversions. */
    Amounts amounts() {
        return amounts;
    }

    /** A checked package; {@code stages} are its stages when it is decided in stages (then the stances are theirs). */
    record Validated(AidPackage aidPackage, List<Stance> stances, Optional<PopulationTable> population, List<Stage> stages) {
        Validated(AidPackage aidPackage, List<Stance> stances, Optional<PopulationTable> population) {
            this(aidPackage, stances, population, List.of());
        }
    }

    /**
     * The checked package with, when it is in force until a date ({@code in-force-until:} and {@code renewal:}), its
     * renewal stage and that stage's stances added; empty after reporting problems.
     */
    Optional<Validated> validate(ScenarioDocument.PackageDocument p, FieldPath at) {
        Optional<Validated> decided = decision(p, at);
        if (p.inForceUntil() == null && p.renewal() == null) {
            return decided;
        }
        List<Stance> renewalStances = new ArrayList<>();
        Optional<Stage> renewal = new StageValidator(this, problems, date).renewal(p, at, renewalStances);
        if (decided.isEmpty() || renewal.isEmpty()) {
            return Optional.empty();
        }
        Validated v = decided.get();
        List<Stance> stances = new ArrayList<>(v.stances());
        stances.addAll(renewalStances);
        List<Stage> stages = new ArrayList<>(v.stages());
        stages.add(renewal.get());
        return Optional.of(new Validated(v.aidPackage(), stances, v.population(), stages));
    }

    private Optional<Validated> decision(ScenarioDocument.PackageDocument p, FieldPath at) {
        if (p.stages() != null) {
            return new StageValidator(this, problems, date).validate(p, at);
        }
        if (p.coalition() != null && p.costShares() != null) {
            problems.add(at.field("cost-shares"), "a package delivered through a coalition is paid by its members' pledges;"
                    + " cost-shares applies to packages of a forum (eu-council, european-council, nato) or a national decision");
            return Optional.empty();
        }
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
                : amounts.read(p.amount(), at.field("amount")).orElse(null);
        if (rule.isPresent() && (rule.get().countsVotes() || p.votes() != null)) {
            if (p.costShares() != null) {
                problems.add(at.field("cost-shares"), "cost-shares shares what member states pay; a package decided on the"
                        + " European Parliament's vote counts has no members' shares: put cost-shares on the Council's package");
                return Optional.empty();
            }
            if (rule.get().countsVotes() && Boolean.TRUE.equals(p.cfsp())) {
                problems.add(at.field("cfsp"), "the European Parliament takes no decision of the common foreign and"
                        + " security policy (Art. 24(1) TEU: the European Council and the Council do); leave cfsp out");
                return Optional.empty();
            }
            Participation parliament = participation;
            return VoteCounts.read(problems, p, rule.get(), at)
                    .map(votes -> new Validated(new AidPackage(p.id(), p.title(), forum.get(), rule.get(), parliament,
                            amount, false, votes, null, null), List.of(), Optional.empty()));
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
        Map<CountryCode, Declared> declared = positions(p.id(), p.positions(), at.field("positions"), forum.get(), seats);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        boolean cfsp = Boolean.TRUE.equals(p.cfsp());
        if (cfsp && !institutions.forum(forum.get()).map(f -> "eu".equals(f.roster())).orElse(false)) {
            problems.add(at.field("cfsp"), "cfsp marks a decision of the EU's common foreign and security policy;"
                    + " forum " + forum.get() + " is not an EU forum (eu-council, european-council)");
        }
        Optional<AidPackage.Terms> terms = new TermsValidator(institutions, problems, date)
                .terms(p, at, forum.get(), rule.get(), cfsp, seats, declared.keySet());
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        if (terms.get().enhancedCooperation() && p.participation() == null) {
            participation = Participation.VOLUNTARY;
        }
        vitalReasons(declared, at.field("positions"), rule.get(), cfsp);
        List<Stance> stances = stances(p.id(), seats, population, declared, terms.get());
        // A ratification or a declaration weighs no population, so the run does not note which weights it read.
        boolean weighs = !rule.get().equals(DecisionRule.RATIFICATION) && !rule.get().equals(DecisionRule.DECLARATION);
        CostShareRule costShares = p.costShares() == null ? null
                : costShares(p.costShares(), amount != null || p.amount() != null, seats, forum.get(), at.field("cost-shares"));
        return Optional.of(new Validated(new AidPackage(p.id(), p.title(), forum.get(), rule.get(), participation, amount,
                cfsp, null, costShares, terms.get()), stances, weighs ? population : Optional.empty()));
    }

    /**
     * A package's {@code cost-shares}: a key of the rules folder that weighs every member of the forum on the
     * scenario's date, for a package with an amount; null after a problem. Whether {@code redirect-to} names another
     * package is checked once every package is read.
     */
    private CostShareRule costShares(ScenarioDocument.CostSharesDocument doc, boolean hasAmount, List<CountryCode> seats,
                                     String forum, FieldPath at) {
        String keys = institutions.money().costKeys().isEmpty() ? "none in " + institutions.cite("reference/cost-shares/")
                : String.join(", ", institutions.money().costKeys().keySet()) + " (" + institutions.cite("reference/cost-shares/") + ")";
        if (doc.key() == null) {
            problems.add(at.field("key"), "cost-shares needs the key that shares the amount; keys: " + keys);
            return null;
        }
        Optional<CostKey> key = institutions.money().costKey(doc.key());
        if (key.isEmpty()) {
            problems.add(at.field("key"), "unknown cost-share key '" + doc.key() + "'; keys: " + keys);
            return null;
        }
        if (!hasAmount) {
            problems.add(at, "cost-shares shares the package's amount, and this package has none; add amount: such as 450 million EUR");
            return null;
        }
        List<String> missing = seats.stream().filter(m -> !key.get().covers(m)).map(CountryCode::code).toList();
        if (!missing.isEmpty()) {
            problems.add(at.field("key"), "key " + doc.key() + " (" + institutions.cite("reference/cost-shares/" + doc.key() + ".yaml")
                    + ") has no weight for " + String.join(" ", missing) + ", a member of " + forum + " on " + date
                    + "; every member of the forum needs one");
            return null;
        }
        return new CostShareRule(key.get(), doc.redirectTo());
    }

    /** Art. 31(2) TEU: vital reasons exist only in a CFSP decision taken by qualified majority. */
    private void vitalReasons(Map<CountryCode, Declared> declared, FieldPath at, DecisionRule rule, boolean cfsp) {
        declared.forEach((member, d) -> {
            if (d.position() == Position.VITAL_REASONS && !(cfsp && DecisionRule.QMV.equals(rule))) {
                problems.add(at.field(member == null ? "default" : member.code()), vitalReasonsOutside(rule, cfsp));
            }
        });
    }

    private static String vitalReasonsOutside(DecisionRule rule, boolean cfsp) {
        return "vital-reasons (Art. 31(2) TEU) stops only a vote by qualified majority in the common foreign and"
                + " security policy; this package is " + (cfsp ? "" : "not cfsp and is ") + "decided by " + rule
                + " (write cfsp: true and rule: qmv, or the position oppose)";
    }

    private static List<Stance> stances(String packageId, List<CountryCode> seats, Optional<PopulationTable> population,
                                        Map<CountryCode, Declared> declared) {
        return stances(packageId, seats, population, declared, AidPackage.Terms.NONE);
    }

    /** Every seat's stance; the member concerned and members outside by treaty get theirs from the package's terms. */
    private static List<Stance> stances(String packageId, List<CountryCode> seats, Optional<PopulationTable> population,
                                        Map<CountryCode, Declared> declared, AidPackage.Terms terms) {
        Declared fallback = declared.getOrDefault(null, new Declared(Position.SUPPORT, null));
        List<Stance> stances = new ArrayList<>();
        for (CountryCode seat : seats) {
            Declared d = seat.equals(terms.concerned()) ? new Declared(Position.CONCERNED, null)
                    : terms.outside().containsKey(seat) ? new Declared(Position.OUTSIDE, null)
                    : declared.getOrDefault(seat, fallback);
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
        Map<CountryCode, Declared> declared = positions(p.id(), written, at, p.forum(), seats);
        declared.keySet().stream().filter(m -> m != null && !votes(p, m)).forEach(m -> problems.add(at.field(m.code()), doesNotVote(p, m)));
        vitalReasons(declared, at, p.rule(), p.cfsp());
        return stances(p.id(), seats, institutions.populationOf(p.forum(), date), declared, p.terms());
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
        Optional<Declared> declared = declared(p.id(), value, at);
        if (code.isEmpty() || declared.isEmpty()) {
            return Optional.empty();
        }
        if (!votes(p, code.get())) {
            problems.add(memberAt, doesNotVote(p, code.get()));
            return Optional.empty();
        }
        if (declared.get().position() == Position.VITAL_REASONS && !(p.cfsp() && DecisionRule.QMV.equals(p.rule()))) {
            problems.add(at, vitalReasonsOutside(p.rule(), p.cfsp()));
            return Optional.empty();
        }
        long weight = institutions.populationOf(p.forum(), date).map(t -> t.of(code.get())).orElse(0L);
        return Optional.of(new Stance(p.id(), code.get(), weight, declared.get().position(), declared.get().condition()));
    }

    /** The member votes on the package: it is neither the member concerned nor outside by treaty. */
    private static boolean votes(AidPackage p, CountryCode member) {
        return !member.equals(p.concerned()) && p.outsideBy(member) == null;
    }

    private static String doesNotVote(AidPackage p, CountryCode member) {
        return TermsValidator.doesNotVote(member, p.concerned(), p.outsideBy(member), p.terms().area());
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
    private Map<CountryCode, Declared> positions(String packageId, Map<String, JsonNode> written, FieldPath at, String forum,
                                                 List<CountryCode> seats) {
        Map<CountryCode, Declared> out = new LinkedHashMap<>();
        if (written == null) {
            return out;
        }
        written.forEach((key, value) -> {
            FieldPath here = at.field(key);
            Optional<Declared> declared = declared(packageId, value, here);
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

    private Optional<Declared> declared(String packageId, JsonNode value, FieldPath at) {
        if (value != null && value.isTextual()) {
            return ScenarioValidator.position(problems, value.asText(), at).map(p -> new Declared(p, null));
        }
        if (value != null && value.isObject() && value.size() == 1 && value.has(SUPPORT_IF)) {
            // A plain name, an outcome test ({adopted: X}) or a combination ({all: [...]}): see LinkReader.
            return links.condition(packageId, value.get(SUPPORT_IF), at.field(SUPPORT_IF))
                    .map(name -> new Declared(Position.SUPPORT_IF, name));
        }
        problems.add(at, "expected a position: " + Position.plainWords());
        return Optional.empty();
    }
}
