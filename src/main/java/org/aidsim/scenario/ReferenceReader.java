package org.aidsim.scenario;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aidsim.model.CountryCode;
import org.aidsim.model.DecisionRule;
import org.aidsim.model.Forum;
import org.aidsim.model.Institutions;
import org.aidsim.model.Parameters;
import org.aidsim.model.PopulationTable;
import org.aidsim.model.Quorum;
import org.aidsim.model.Ratio;
import org.aidsim.model.TreatyOptOut;
import org.aidsim.model.Roster;

/** Reads a rules folder's parameters.yaml and reference/ files into {@link Institutions}. */
public final class ReferenceReader {
    private static final Pattern FRACTION = Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*");
    private static final Pattern QUORUM = Pattern.compile("\\s*(more than|at least)\\s+(\\d+\\s*/\\s*\\d+)\\s*");
    /** Weights are people, published shares, or seats (a parliament modelled as national delegations by seats). */
    private static final Set<String> UNITS = Set.of("people", "hundredths-of-percent", "seats");

    /** The reference file of treaty opt-outs, read by name; not a roster. */
    static final String OPT_OUTS = "opt-outs.yaml";

    private ReferenceReader() {
    }

    /**
     * Reads {@code rulesDir}; {@code folderShownAs} is how messages name it as a prefix of its files ("rules/",
     * "the packaged rules' "), so a message never cites a path that does not exist where the user is.
     */
    public static Institutions read(Path rulesDir, String folderShownAs) {
        Map<CountryCode, String> countries = countries(rulesDir.resolve("reference").resolve("countries.yaml"));
        DocumentReader.Tree tree = DocumentReader.read(rulesDir.resolve("parameters.yaml"));
        ReferenceDocuments.Parameters doc = tree.bind(ReferenceDocuments.Parameters.class);
        Problems problems = new Problems(tree);
        Parameters parameters = ParameterTree.read(doc.parameters(), problems);
        Map<String, Forum> forums = new TreeMap<>();
        Map<String, Roster> rosters = new TreeMap<>();
        FieldPath forumsAt = FieldPath.ROOT.field("forums");
        if (doc.forums() == null || doc.forums().isEmpty()) {
            problems.add(forumsAt, "at least one forum is needed (eu-council, european-council, nato)");
        } else {
            doc.forums().forEach((id, f) -> {
                FieldPath at = forumsAt.field(id);
                if (f == null || f.roster() == null || f.defaultRule() == null) {
                    problems.add(at, "a forum needs a roster (a file under reference/), a default-rule and its rules");
                    return;
                }
                forum(id, f, at, problems).ifPresent(forum -> {
                    rosters.computeIfAbsent(f.roster(), r -> roster(rulesDir, r, countries.keySet()));
                    forums.put(id, forum);
                });
            });
        }
        Optional<Forum> national = kind("national", DecisionRule.NATIONAL, doc.national(), problems);
        Optional<Forum> coalition = kind("coalition", DecisionRule.COALITION, doc.coalition(), problems);
        problems.throwIfAny();
        for (String id : otherRosters(rulesDir.resolve("reference"))) {
            rosters.computeIfAbsent(id, r -> roster(rulesDir, r, countries.keySet()));
        }
        return new Institutions(parameters, forums, rosters, countries, national.orElseThrow(), coalition.orElseThrow(),
                folderShownAs, MoneyReferenceReader.read(rulesDir, countries.keySet()),
                optOuts(rulesDir.resolve("reference").resolve(OPT_OUTS), countries.keySet()));
    }

    /** A forum's rules and quorum; empty after adding a problem for each thing wrong. */
    private static Optional<Forum> forum(String id, ReferenceDocuments.ForumDoc f, FieldPath at, Problems problems) {
        Optional<DecisionRule> rule = ScenarioValidator.rule(problems, f.defaultRule(), at.field("default-rule"));
        List<DecisionRule> rules = rules(f, rule, at, problems);
        Quorum quorum = f.quorum() == null ? null : quorum(id, f.quorum(), at.field("quorum"), problems);
        boolean ok = rule.isPresent() && !rules.isEmpty() && (f.quorum() == null || quorum != null);
        return ok ? Optional.of(new Forum(id, f.title() == null ? id : f.title(), f.roster(), rule.get(), rules, quorum))
                : Optional.empty();
    }

    /** The rules a forum allows: a list of known rule words that includes its default; empty after a problem. */
    private static List<DecisionRule> rules(ReferenceDocuments.ForumDoc f, Optional<DecisionRule> defaultRule,
                                            FieldPath at, Problems problems) {
        if (f.rules() == null || f.rules().isEmpty()) {
            problems.add(at.field("rules"), "list the rules a package in this forum may use, such as [qmv, unanimity];"
                    + " each a lower-case word such as qmv or four-fifths");
            return List.of();
        }
        List<DecisionRule> rules = new java.util.ArrayList<>();
        for (int i = 0; i < f.rules().size(); i++) {
            ScenarioValidator.rule(problems, f.rules().get(i), at.field("rules").index(i)).ifPresent(rules::add);
        }
        if (rules.size() != f.rules().size()) {
            return List.of();
        }
        if (defaultRule.isPresent() && !rules.contains(defaultRule.get())) {
            problems.add(at.field("rules"), "the default-rule " + defaultRule.get() + " must be among the forum's rules");
            return List.of();
        }
        return rules.stream().distinct().toList();
    }

    /** The national or coalition kind: its rules must be exactly its own rule, since nothing else has a meaning there. */
    private static Optional<Forum> kind(String id, DecisionRule only, ReferenceDocuments.ForumDoc f, Problems problems) {
        FieldPath at = FieldPath.ROOT.field(id);
        if (f == null || f.roster() != null || f.quorum() != null
                || !only.word().equals(f.defaultRule()) || f.rules() == null || !List.of(only.word()).equals(f.rules())) {
            problems.add(at, "expected { default-rule: " + only + ", rules: [" + only + "] } and no roster or quorum: "
                    + (only.equals(DecisionRule.NATIONAL) ? "a government decides alone" : "a coalition decides by its members' pledges"));
            return Optional.empty();
        }
        return Optional.of(new Forum(id, id, null, only, List.of(only), null));
    }

    private static Quorum quorum(String forum, String text, FieldPath at, Problems problems) {
        Matcher m = QUORUM.matcher(text);
        if (!m.matches()) {
            problems.add(at, "'" + text + "' is not a quorum; expected \"more than 1/2\" or \"at least 2/3\""
                    + " (of the members entitled to vote)");
            return null;
        }
        Ratio share = ratio(m.group(2), at, problems);
        return new Quorum(forum, share, m.group(1).equals("more than"));
    }

    /**
     * reference/opt-outs.yaml, when the folder has it: each entry's member, area, protocol and dates; none without
     * the file. Each thing wrong is located (opt-outs[0].from) and stops the read.
     */
    private static List<TreatyOptOut> optOuts(Path file, Set<CountryCode> known) {
        if (!java.nio.file.Files.exists(file)) {
            return List.of();
        }
        DocumentReader.Tree tree = DocumentReader.read(file);
        ReferenceDocuments.OptOutsDoc doc = tree.bind(ReferenceDocuments.OptOutsDoc.class);
        Problems problems = new Problems(tree);
        List<TreatyOptOut> out = new java.util.ArrayList<>();
        List<ReferenceDocuments.OptOutDoc> entries = doc.optOuts() == null ? List.of() : doc.optOuts();
        for (int i = 0; i < entries.size(); i++) {
            ReferenceDocuments.OptOutDoc e = entries.get(i);
            FieldPath at = FieldPath.ROOT.field("opt-outs").index(i);
            if (e == null || e.member() == null || e.area() == null || e.protocol() == null || e.from() == null) {
                problems.add(at, "an opt-out needs member, area, protocol and from (until when it has ended)");
                continue;
            }
            if (!CountryCode.isWellFormed(e.member()) || !known.contains(CountryCode.of(e.member()))) {
                problems.add(at.field("member"), "unknown country code '" + e.member() + "'; add it to reference/countries.yaml first");
                continue;
            }
            if (!e.area().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
                problems.add(at.field("area"), "'" + e.area() + "' is not an area; expected a lower-case word such as defence or jha");
                continue;
            }
            Optional<LocalDate> from = date(e.from(), at.field("from"), problems);
            Optional<LocalDate> until = e.until() == null ? Optional.empty() : date(e.until(), at.field("until"), problems);
            if (from.isEmpty() || (e.until() != null && until.isEmpty())) {
                continue;
            }
            if (until.isPresent() && until.get().isBefore(from.get())) {
                problems.add(at.field("until"), "until " + until.get() + " is before from " + from.get());
                continue;
            }
            out.add(new TreatyOptOut(CountryCode.of(e.member()), e.area(), e.protocol(), from.get(), until.orElse(null)));
        }
        problems.throwIfAny();
        return out;
    }

    private static Optional<LocalDate> date(String text, FieldPath at, Problems problems) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(at, "'" + text + "' is not a date; expected YYYY-MM-DD");
            return Optional.empty();
        }
    }

    /** Rosters no forum names (such as udcg, which coalitions use for eligibility): every reference file but countries and opt-outs. */
    private static List<String> otherRosters(Path referenceDir) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(referenceDir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.equals("countries.yaml") && !n.equals(OPT_OUTS))
                    .map(n -> n.substring(0, n.length() - ".yaml".length()))
                    .sorted().toList();
        } catch (java.io.IOException e) {
            throw new InputException(Problem.ofFile(referenceDir, "cannot be read: " + e.getMessage()));
        }
    }

    private static Map<CountryCode, String> countries(Path file) {
        DocumentReader.Tree tree = DocumentReader.read(file);
        Map<String, String> doc = DocumentReader.mapperFor(file.toString())
                .convertValue(tree.root(), new TypeReference<LinkedHashMap<String, String>>() { });
        Problems problems = new Problems(tree);
        Map<CountryCode, String> out = new TreeMap<>();
        doc.forEach((code, name) -> {
            if (!CountryCode.isWellFormed(code)) {
                problems.add(FieldPath.ROOT.field(code), "'" + code + "' is not a country code; expected two capital letters");
            } else {
                out.put(CountryCode.of(code), name);
            }
        });
        problems.throwIfAny();
        return out;
    }

    private static Roster roster(Path rulesDir, String id, Set<CountryCode> known) {
        DocumentReader.Tree tree = DocumentReader.read(rulesDir.resolve("reference").resolve(id + ".yaml"));
        ReferenceDocuments.RosterDoc doc = tree.bind(ReferenceDocuments.RosterDoc.class);
        Problems problems = new Problems(tree);
        Map<CountryCode, LocalDate> joined = new TreeMap<>();
        if (doc.members() == null || doc.members().isEmpty()) {
            problems.add(FieldPath.ROOT.field("members"), "a roster needs members, each with the date it joined");
        } else {
            doc.members().forEach((code, date) -> {
                FieldPath at = FieldPath.ROOT.field("members").field(code);
                if (!CountryCode.isWellFormed(code) || !known.contains(CountryCode.of(code))) {
                    problems.add(at, "unknown country code '" + code + "'; add it to reference/countries.yaml first");
                    return;
                }
                try {
                    joined.put(CountryCode.of(code), LocalDate.parse(date));
                } catch (DateTimeParseException | NullPointerException e) {
                    problems.add(at, "'" + date + "' is not a date; expected YYYY-MM-DD");
                }
            });
        }
        List<PopulationTable> tables = doc.populations() == null ? List.of() : doc.populations().entrySet().stream()
                .map(e -> population(e.getKey(), e.getValue(), joined.keySet(), problems))
                .flatMap(Optional::stream).toList();
        if (doc.weights() != null) {
            tables = WeightedRoster.weights(doc, joined, problems).map(List::of).orElse(tables);
        }
        problems.throwIfAny();
        LocalDate validFrom = null;
        if (doc.validFrom() != null) {
            try {
                validFrom = LocalDate.parse(doc.validFrom());
            } catch (DateTimeParseException e) {
                problems.add(FieldPath.ROOT.field("valid-from"), "'" + doc.validFrom() + "' is not a date; expected YYYY-MM-DD");
            }
        }
        problems.throwIfAny();
        return new Roster(id, doc.title() == null ? id : doc.title(), joined, tables, validFrom,
                doc.validFromReason() == null ? "" : doc.validFromReason());
    }

    private static Optional<PopulationTable> population(String year, ReferenceDocuments.PopulationDoc doc,
                                                        Set<CountryCode> members, Problems problems) {
        FieldPath at = FieldPath.ROOT.field("populations").field(year);
        if (!year.matches("\\d{4}")) {
            problems.add(at, "'" + year + "' is not a year; expected four digits such as 2025");
            return Optional.empty();
        }
        if (doc.unit() == null || !UNITS.contains(doc.unit())) {
            problems.add(at.field("unit"), "expected unit people, hundredths-of-percent or seats");
            return Optional.empty();
        }
        Map<CountryCode, Long> figures = new TreeMap<>();
        (doc.figures() == null ? Map.<String, Long>of() : doc.figures()).forEach((code, value) -> {
            if (!CountryCode.isWellFormed(code) || !members.contains(CountryCode.of(code))) {
                problems.add(at.field("figures").field(code), "'" + code + "' is not a member of this roster");
            } else if (value == null || value <= 0) {
                problems.add(at.field("figures").field(code), "a population figure must be a positive whole number");
            } else {
                figures.put(CountryCode.of(code), value);
            }
        });
        members.stream().filter(m -> !figures.containsKey(m)).findFirst().ifPresent(m ->
                problems.add(at.field("figures"), "no figure for " + m + "; every member needs one"));
        return Optional.of(new PopulationTable(Integer.parseInt(year), doc.unit(), doc.source(), figures));
    }

    private static Ratio ratio(String text, FieldPath at, Problems problems) {
        Matcher m = text == null ? null : FRACTION.matcher(text);
        if (m == null || !m.matches()) {
            problems.add(at, "'" + text + "' is not a fraction; expected the form 55/100 or 1/3");
            return new Ratio(1, 2);
        }
        try {
            return new Ratio(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
        } catch (IllegalArgumentException e) {
            problems.add(at, "'" + text + "': " + e.getMessage());
            return new Ratio(1, 2);
        }
    }
}
