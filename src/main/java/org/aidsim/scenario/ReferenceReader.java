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
import org.aidsim.model.PopulationTable;
import org.aidsim.model.Ratio;
import org.aidsim.model.Roster;
import org.aidsim.model.Thresholds;

/** Reads a rules folder's parameters.yaml and reference/ files into {@link Institutions}. */
public final class ReferenceReader {
    private static final Pattern FRACTION = Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*");
    private static final Set<String> UNITS = Set.of("people", "hundredths-of-percent");

    private ReferenceReader() {
    }

    public static Institutions read(Path rulesDir) {
        Map<CountryCode, String> countries = countries(rulesDir.resolve("reference").resolve("countries.yaml"));
        DocumentReader.Tree tree = DocumentReader.read(rulesDir.resolve("parameters.yaml"));
        ReferenceDocuments.Parameters doc = tree.bind(ReferenceDocuments.Parameters.class);
        Problems problems = new Problems(tree);
        Thresholds thresholds = thresholds(doc.thresholds(), problems);
        Map<String, Forum> forums = new TreeMap<>();
        Map<String, Roster> rosters = new TreeMap<>();
        FieldPath forumsAt = FieldPath.ROOT.field("forums");
        if (doc.forums() == null || doc.forums().isEmpty()) {
            problems.add(forumsAt, "at least one forum is needed (eu-council, european-council, nato)");
        } else {
            doc.forums().forEach((id, f) -> {
                FieldPath at = forumsAt.field(id);
                Optional<DecisionRule> rule = f.defaultRule() == null ? Optional.empty()
                        : ScenarioValidator.rule(problems, f.defaultRule(), at.field("default-rule"));
                if (f.roster() == null || rule.isEmpty()) {
                    problems.add(at, "a forum needs a roster (a file under reference/) and a default-rule");
                    return;
                }
                rosters.computeIfAbsent(f.roster(), r -> roster(rulesDir, r, countries.keySet()));
                forums.put(id, new Forum(id, f.title() == null ? id : f.title(), f.roster(), rule.get()));
            });
        }
        problems.throwIfAny();
        for (String id : otherRosters(rulesDir.resolve("reference"))) {
            rosters.computeIfAbsent(id, r -> roster(rulesDir, r, countries.keySet()));
        }
        return new Institutions(thresholds, forums, rosters, countries);
    }

    /** Rosters no forum names (such as udcg, which coalitions use for eligibility): every reference file but countries. */
    private static List<String> otherRosters(Path referenceDir) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(referenceDir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.equals("countries.yaml"))
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
            problems.add(at.field("unit"), "expected unit people or hundredths-of-percent");
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

    private static Thresholds thresholds(ReferenceDocuments.ThresholdsDoc doc, Problems problems) {
        FieldPath at = FieldPath.ROOT.field("thresholds");
        if (doc == null || doc.qmv() == null || doc.reinforcedQmv() == null || doc.constructiveAbstention() == null) {
            problems.add(at, "thresholds needs qmv, reinforced-qmv and constructive-abstention");
            return Thresholds.treaty();
        }
        FieldPath qmv = at.field("qmv");
        FieldPath reinforced = at.field("reinforced-qmv");
        FieldPath abstention = at.field("constructive-abstention");
        return new Thresholds(
                ratio(doc.qmv().members(), qmv.field("members"), problems),
                count(doc.qmv().minimumMembers(), qmv.field("minimum-members"), problems),
                ratio(doc.qmv().population(), qmv.field("population"), problems),
                count(doc.qmv().blockingMinorityMembers(), qmv.field("blocking-minority-members"), problems),
                ratio(doc.reinforcedQmv().members(), reinforced.field("members"), problems),
                ratio(doc.reinforcedQmv().population(), reinforced.field("population"), problems),
                ratio(doc.constructiveAbstention().members(), abstention.field("members"), problems),
                ratio(doc.constructiveAbstention().population(), abstention.field("population"), problems));
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

    private static int count(Integer value, FieldPath at, Problems problems) {
        if (value == null || value < 0) {
            problems.add(at, "expected a whole number of members, zero or more");
            return 0;
        }
        return value;
    }
}
