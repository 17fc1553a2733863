package org.aidsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aidsim.model.AidPackage;
import org.aidsim.model.Condition;
import org.aidsim.model.CountryCode;
import org.aidsim.model.DecisionRule;
import org.aidsim.model.DisbursementPlan;
import org.aidsim.model.Expectation;
import org.aidsim.model.Forum;
import org.aidsim.model.Institutions;
import org.aidsim.model.Money;
import org.aidsim.model.Participation;
import org.aidsim.model.PopulationTable;
import org.aidsim.model.Position;
import org.aidsim.model.Scenario;
import org.aidsim.model.Stage;
import org.aidsim.model.Stance;

/** Turns a scenario document into a {@link Scenario}, reporting every problem with its place in the file. */
public final class ScenarioValidator {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    /** Words that --set and expect use for their own sections, so no package may take them as its id. */
    static final Set<String> RESERVED = Set.of("conditions", "packages", "pools", "coalitions", "events", "default");

    private final Institutions institutions;
    private final DocumentReader.Tree tree;
    private final Problems problems;

    private ScenarioValidator(Institutions institutions, DocumentReader.Tree tree) {
        this.institutions = institutions;
        this.tree = tree;
        this.problems = new Problems(tree);
    }

    public static Scenario validate(DocumentReader.Tree tree, Institutions institutions) {
        ScenarioDocument doc = tree.bind(ScenarioDocument.class);
        return new ScenarioValidator(institutions, tree).scenario(doc);
    }

    private Scenario scenario(ScenarioDocument doc) {
        FieldPath root = FieldPath.ROOT;
        if (doc.name() == null || doc.name().isBlank()) {
            problems.add(root.field("name"), "a scenario needs a name: a sentence saying what it shows");
        }
        LocalDate date = date(doc.date(), root.field("date"));
        Map<String, Boolean> conditions = doc.conditions() == null ? Map.of() : doc.conditions();
        conditions.forEach((name, holds) -> {
            if (holds == null) {
                problems.add(root.field("conditions").field(name), "expected true or false");
            }
        });
        List<AidPackage> packages = new ArrayList<>();
        List<Stance> stances = new ArrayList<>();
        List<Stage> stages = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<Integer, AidPackage> byIndex = new TreeMap<>();
        CoalitionValidator coalitions = new CoalitionValidator(institutions, problems, date);
        if (date != null && doc.coalitions() != null) {
            coalitions.validate(doc.coalitions());
        }
        Set<String> coalitionIds = coalitions.ids();
        LinkReader links = new LinkReader(problems, conditions.keySet(), packageIds(doc));
        PackageValidator packageValidator = date == null ? null
                : new PackageValidator(institutions, problems, date, coalitionIds, links);
        if (doc.packages() == null || doc.packages().isEmpty()) {
            if (doc.coalitions() == null || doc.coalitions().isEmpty()) {
                problems.add(root.field("packages"), "a scenario needs at least one package");
            }
        } else if (date != null) {
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (int i = 0; i < doc.packages().size(); i++) {
                FieldPath at = root.field("packages").index(i);
                ScenarioDocument.PackageDocument p = doc.packages().get(i);
                if (p == null) {
                    problems.add(at, "expected a package with at least id and forum");
                    continue;
                }
                if (!checkId(p.id(), at.field("id"), seen, i)) {
                    continue;
                }
                int index = i;
                links.requires(p.id(), p.requires(), at.field("requires"));
                packageValidator.validate(p, at).ifPresent(v -> {
                    packages.add(v.aidPackage());
                    byIndex.put(index, v.aidPackage());
                    stances.addAll(v.stances());
                    stages.addAll(v.stages());
                    v.population().ifPresent(t -> addNote(notes, p.forum(), t, date));
                    // A stage's forum may weigh population too (a QMV stage in the Council): the same note for it.
                    v.stages().forEach(s -> institutions.populationOf(s.ballot().forum(), date)
                            .ifPresent(t -> addNote(notes, s.ballot().forum(), t, date)));
                    emptyFieldNotes(v.aidPackage(), tree.root().path("packages").path(index), at).stream()
                            .filter(n -> !notes.contains(n)).forEach(notes::add);
                });
            }
        }
        checkRedirects(byIndex, root);
        DisbursementPlan plan = date == null ? null
                : new DisbursementValidator(problems, packageValidator, date, conditions.keySet()).validate(doc, byIndex, stages);
        links.cycleCheck();
        ExpectationReader expect = new ExpectationReader(tree, problems, institutions);
        Map<String, Expectation> expectations = doc.expect() == null ? Map.of()
                : expect.read(doc.expect(), seenIds(packages), plan);
        if (plan != null && doc.expect() != null) {
            plan = plan.withPoolExpectations(expect.pools(doc.expect(), plan));
        }
        Map<String, Expectation> coalitionExpectations = doc.expect() == null ? Map.of()
                : expect.readCoalitions(doc.expect(), coalitionIds);
        Map<String, String> parameters = ParameterChanges.read(doc.parameters(), institutions, problems);
        if (doc.sources() != null) {
            for (int i = 0; i < doc.sources().size(); i++) {
                if (doc.sources().get(i) == null) {
                    problems.add(root.field("sources").index(i), "expected a text saying where a fact comes from (a URL and what it supports)");
                }
            }
        }
        if (date != null) {
            WeightedQuota.check(institutions, date, parameters, byIndex, stances, root, problems);
            VoteCounts.checkSeats(institutions, date, parameters, byIndex, stages, root, problems);
        }
        problems.throwIfAny();
        packageValidator.amounts().notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
        emptyFields(tree.root(), root, notes);
        Stream.of(expectations.values(), coalitionExpectations.values(), plan == null ? List.<Expectation>of() : plan.poolExpectations().values())
                .flatMap(Collection::stream).flatMap(e -> e.notes().stream()).forEach(notes::add);
        return new Scenario(tree.file(), doc.name(), date, doc.description() == null ? "" : doc.description(),
                doc.sources() == null ? List.of() : doc.sources(), packages, stances,
                conditions.entrySet().stream().map(e -> new Condition(e.getKey(), e.getValue())).toList(),
                expectations, notes, coalitions.coalitions(), coalitions.claims(), coalitionExpectations, plan,
                parameters, links.links(), stages);
    }

    /** Every package id the file declares, so that a link may name a package written after it. */
    private static Set<String> packageIds(ScenarioDocument doc) {
        Set<String> ids = new java.util.TreeSet<>();
        if (doc.packages() != null) {
            doc.packages().stream().filter(p -> p != null && p.id() != null).forEach(p -> ids.add(p.id()));
        }
        return ids;
    }

    /** A cost-shares' {@code redirect-to} names another package of the file. */
    private void checkRedirects(Map<Integer, AidPackage> byIndex, FieldPath root) {
        Set<String> ids = seenIds(List.copyOf(byIndex.values()));
        byIndex.forEach((index, p) -> {
            String to = p.costShares() == null ? null : p.costShares().redirectTo();
            if (to == null) {
                return;
            }
            FieldPath at = root.field("packages").index(index).field("cost-shares").field("redirect-to");
            if (to.equals(p.id())) {
                problems.add(at, "an exempt member's share is redirected to another package, not to " + p.id() + " itself");
            } else if (!ids.contains(to)) {
                problems.add(at, "no package '" + to + "' in this file (its packages: " + String.join(", ", ids) + ")");
            }
        });
    }

    private static Set<String> seenIds(List<AidPackage> packages) {
        return packages.stream().map(AidPackage::id).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    private void addNote(List<String> notes, String forum, PopulationTable table, LocalDate date) {
        Forum f = institutions.forum(forum).orElseThrow();
        String note = f.roster() + " population weights: " + table.label()
                + (table.year() == date.getYear() ? "" : ", the nearest year shipped for " + date.getYear());
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    /**
     * A field written with no value ({@code rule:} and nothing after it) reads as if it were left out, which takes a
     * default; a person who wrote the key meant something, so the report says which default was taken.
     */
    static List<String> emptyFieldNotes(AidPackage p, JsonNode written, FieldPath at) {
        List<String> out = new ArrayList<>();
        if (isEmpty(written, "rule")) {
            out.add(at.field("rule") + " is empty: read as " + p.forum() + "'s default rule, " + p.rule().word());
        }
        if (isEmpty(written, "participation")) {
            out.add(at.field("participation") + " is empty: read as " + p.participation().word());
        }
        if (isEmpty(written, "cfsp")) {
            out.add(at.field("cfsp") + " is empty: read as false, not a CFSP decision");
        }
        if (isEmpty(written, "positions")) {
            out.add(at.field("positions") + " is empty: read as no positions, so every member supports (unlisted members support)");
        }
        return out;
    }

    /**
     * Every other field written with no value, anywhere in the file ({@code blockers:} under expect, say): it reads
     * as if it were left out, which a person who wrote the key may not mean, so the report says so.
     */
    private static void emptyFields(JsonNode node, FieldPath at, List<String> notes) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                FieldPath here = at.field(e.getKey());
                if (e.getValue().isNull()) {
                    String said = here + " is empty: read as";
                    if (notes.stream().noneMatch(n -> n.startsWith(said))) {
                        notes.add(said + " if it were left out");
                    }
                } else {
                    emptyFields(e.getValue(), here, notes);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                emptyFields(node.get(i), at.index(i), notes);
            }
        }
    }

    private static boolean isEmpty(JsonNode node, String field) {
        return node.has(field) && node.get(field).isNull();
    }

    private boolean checkId(String id, FieldPath at, Map<String, Integer> seen, int index) {
        return checkId(problems, new IdKind("package", "ukraine-facility", "packages", RESERVED), id, at, seen, index);
    }

    /** What an id names, for messages: a "package" of "packages", say, and the words it may not take. */
    record IdKind(String noun, String example, String list, Set<String> reserved) {
    }

    static boolean checkId(Problems problems, IdKind kind, String id, FieldPath at, Map<String, Integer> seen, int index) {
        if (id == null || id.isBlank()) {
            problems.add(at, "a " + kind.noun() + " needs an id, such as " + kind.example());
            return false;
        }
        if (!ID.matcher(id).matches()) {
            problems.add(at, "'" + id + "' is not a usable id; use letters, digits, '-' and '_' (no dots or spaces)");
            return false;
        }
        if (kind.reserved().contains(id)) {
            problems.add(at, "'" + id + "' is a reserved word; pick another " + kind.noun() + " id");
            return false;
        }
        Integer first = seen.putIfAbsent(id, index);
        if (first != null) {
            problems.add(at, "duplicate " + kind.noun() + " id '" + id + "'; " + kind.list() + "[" + first + "] already uses it");
            return false;
        }
        return true;
    }

    private LocalDate date(String text, FieldPath at) {
        return date(problems, text, at, "a scenario needs a date (YYYY-MM-DD); it decides who sits in which forum");
    }

    /** A YYYY-MM-DD date, or null after adding a problem ({@code missing} when there is no text at all). */
    static LocalDate date(Problems problems, String text, FieldPath at, String missing) {
        if (text == null) {
            problems.add(at, missing);
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(at, "'" + text + "' is not a date; expected YYYY-MM-DD, such as 2024-03-18");
            return null;
        }
    }

    /** Reads the {@code rule}, {@code participation} and other words that have a fixed set of values. */
    static <T> Optional<T> word(Problems problems, String text, FieldPath at, java.util.function.Function<String, Optional<T>> parse,
                                String valid) {
        Optional<T> value = parse.apply(text);
        if (value.isEmpty()) {
            problems.add(at, "unknown value '" + text + "'; expected one of: " + valid);
        }
        return value;
    }

    /**
     * An amount in euros; an amount in another currency is refused here, for fields that are not converted
     * (expectations, pledges, targets): those that are read through {@link Amounts}.
     */
    static Optional<Money> money(Problems problems, JsonNode node, FieldPath at) {
        MoneyParser.Result result = MoneyParser.parse(node);
        if (result.error() != null) {
            problems.add(at, result.error());
        }
        result.foreign().ifPresent(f -> problems.add(at, Amounts.notConverted(f)));
        return result.money();
    }

    static Participation participationOr(Problems problems, String text, FieldPath at) {
        if (text == null) {
            return Participation.MANDATORY;
        }
        return word(problems, text, at, Participation::fromWord, "mandatory, voluntary").orElse(Participation.MANDATORY);
    }

    /** A rule word of the rules folder in use: one Java names, or one a forum of parameters.yaml lists. */
    static Optional<DecisionRule> rule(Problems problems, Institutions institutions, String text, FieldPath at) {
        return word(problems, text, at, w -> DecisionRule.fromWord(w).filter(institutions.decisionRules()::contains),
                institutions.decisionRules().stream().map(DecisionRule::word).collect(java.util.stream.Collectors.joining(", ")));
    }

    /** A well-formed rule word, as a forum of parameters.yaml may list a rule the DRL decides. */
    static Optional<DecisionRule> rule(Problems problems, String text, FieldPath at) {
        return word(problems, text, at, DecisionRule::fromWord, "a lower-case word such as qmv or four-fifths");
    }

    static Optional<Position> position(Problems problems, String text, FieldPath at) {
        return word(problems, text, at, w -> Position.fromWord(w).filter(Position::isWritten), Position.plainWords());
    }

    static Optional<CountryCode> country(Problems problems, Institutions institutions, String code, FieldPath at) {
        if (!institutions.isKnownCountry(code)) {
            String norway = "false".equals(code) ? "; false is not a country: Norway is NO" : "";
            String expected = "GR".equals(code) ? "; Greece is EL in EU usage"
                    : "GB".equals(code) ? "; the United Kingdom is UK in EU usage"
                    : "; expected an EU-style code such as HU, EL or UK (" + institutions.cite("reference/countries.yaml") + " lists them)";
            problems.addAtKey(at, "unknown country code '" + code + "'" + expected + norway);
            return Optional.empty();
        }
        return Optional.of(CountryCode.of(code));
    }
}
