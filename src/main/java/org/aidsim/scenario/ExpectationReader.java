package org.aidsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aidsim.model.Contribution;
import org.aidsim.model.DisbursementPlan;
import org.aidsim.model.Expectation;
import org.aidsim.model.Institutions;
import org.aidsim.model.Pool;
import org.aidsim.model.Tranche;
import org.aidsim.model.TrancheStatus;
import org.aidsim.model.Verdict;

/**
 * Reads the {@code expect} block into parts of the output document, in the field names {@code run --format json}
 * prints. It checks that the block names real packages, tranches, pools and coalitions, and reads the values people
 * write in their own words (country codes, "10.5 million EUR", outcome and status words, dates) into the form the
 * output prints them; any other field is kept as written and compared with the output as it is, so a new result
 * field needs no change here.
 */
final class ExpectationReader {
    /** The spellings {@code expect} used before it took the output's names; still read, each with a note. */
    static final Map<String, String> OLD_SPELLINGS = Map.of(
            "fired", Expectation.RULES, "depends-on", "dependsOn", "target-met", "targetMet");
    private static final Set<String> COUNTRY_LISTS = Set.of("blockers", "exempt", "dependsOn", "leads", "members");
    private static final Set<String> FLAGS = Set.of("passed", "active", "targetMet");
    private static final Set<String> AMOUNTS = Set.of("amount", "balance", "inflows", "released");
    private static final String TRANCHES = "tranches";

    private final DocumentReader.Tree tree;
    private final Problems problems;
    private final Institutions institutions;

    private final boolean crossCheck;

    ExpectationReader(DocumentReader.Tree tree, Problems problems, Institutions institutions) {
        this.tree = tree;
        this.problems = problems;
        this.institutions = institutions;
        // When the scenario has problems already, a package, tranche or pool an expectation names may have been
        // rejected itself; saying it does not exist would only mislead.
        this.crossCheck = problems.isEmpty();
    }

    /** One expectation per package id the block names, tranches nested under {@code tranches} keyed by id. */
    Map<String, Expectation> read(ExpectDocument expect, Set<String> packageIds, DisbursementPlan plan) {
        FieldPath root = FieldPath.ROOT.field("expect");
        return byId(expect.packages(), root, packageIds, "package", "passed, outcome, blockers, exempt, dependsOn, rules or tranches",
                plan);
    }

    Map<String, Expectation> readCoalitions(ExpectDocument expect, Set<String> coalitionIds) {
        return byId(expect.coalitions(), FieldPath.ROOT.field("expect").field("coalitions"), coalitionIds, "coalition",
                "active, targetMet, leads, members, pledged or rules", null);
    }

    /** The {@code pools} entry of the expect block, checked against the scenario's pools. */
    Map<String, Expectation> pools(ExpectDocument expect, DisbursementPlan plan) {
        if (expect.pools() == null) {
            return Map.of();
        }
        FieldPath at = FieldPath.ROOT.field("expect").field(ExpectDocument.POOLS);
        if (!expect.pools().isObject()) {
            problems.add(at, "expected a mapping of pool ids to {balance, inflows, released}");
            return Map.of();
        }
        Map<String, JsonNode> written = new LinkedHashMap<>();
        expect.pools().fields().forEachRemaining(e -> written.put(e.getKey(), e.getValue()));
        Set<String> ids = new TreeSet<>(plan.pools().stream().map(Pool::id).toList());
        return byId(written, at, ids, "pool", "balance, inflows or released", null);
    }

    /** @param plan the scenario's money, to check the tranches a package's expectation names; null for others */
    private Map<String, Expectation> byId(Map<String, JsonNode> written, FieldPath at, Set<String> ids, String kind,
                                          String fieldsSuchAs, DisbursementPlan plan) {
        Map<String, Expectation> out = new TreeMap<>();
        written.forEach((id, node) -> {
            FieldPath here = at.field(id);
            if (!ids.contains(id)) {
                missing(here, "no " + kind + " '" + id + "' in this scenario; " + kind + "s: "
                        + (ids.isEmpty() ? "none" : String.join(", ", ids)));
                return;
            }
            if (node == null || !node.isObject()) {
                problems.add(here, "expected fields such as " + fieldsSuchAs);
                return;
            }
            List<String> notes = new ArrayList<>();
            Set<String> tranches = kind.equals("package") && plan != null ? trancheIds(plan, id) : null;
            out.put(id, new Expectation(fields(node, here, id, tranches, notes), notes));
        });
        return out;
    }

    /** @param trancheIds the tranches {@code tranches} may name, keyed by id; null where there is no such field */
    private Map<String, Object> fields(JsonNode node, FieldPath at, String ownerId, Set<String> trancheIds, List<String> notes) {
        Map<String, Object> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            String written = entry.getKey();
            String name = OLD_SPELLINGS.getOrDefault(written, written);
            FieldPath here = at.field(written);
            if (!name.equals(written)) {
                if (node.has(name)) {
                    problems.addAtKey(here, "both " + written + " and " + name + " are given; keep " + name
                            + ", the name run --format json prints");
                    return;
                }
                notes.add(tree.keyProblem(here, "'" + written + "' is the old spelling; write '" + name
                        + "', the name run --format json prints").toString());
            }
            JsonNode value = entry.getValue();
            if (value == null || value.isNull()) {
                // Written with no value: read as if left out (the run's notes say so).
                return;
            }
            Object read = TRANCHES.equals(name) && trancheIds != null ? tranches(value, here, trancheIds, ownerId, notes)
                    : value(name, value, here, notes);
            if (read != null) {
                out.put(name, read);
            }
        });
        return out;
    }

    private Object tranches(JsonNode value, FieldPath at, Set<String> ids, String ownerId, List<String> notes) {
        if (!value.isObject()) {
            problems.add(at, "expected a mapping of tranche ids to {status, amount, date}");
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        value.fields().forEachRemaining(entry -> {
            FieldPath here = at.field(entry.getKey());
            if (!ids.contains(entry.getKey())) {
                missing(here, "no tranche '" + entry.getKey() + "' in package " + ownerId + "; tranches: "
                        + (ids.isEmpty() ? "none" : String.join(", ", ids)));
            } else if (entry.getValue() == null || !entry.getValue().isObject()) {
                problems.add(here, "expected fields such as status, amount or date");
            } else {
                out.put(entry.getKey(), fields(entry.getValue(), here, entry.getKey(), null, notes));
            }
        });
        return out;
    }

    /** One value in the output's form; null when it is wrong (a problem is added) or to be left unchecked. */
    private Object value(String name, JsonNode value, FieldPath at, List<String> notes) {
        if (COUNTRY_LISTS.contains(name)) {
            return countries(value, at);
        }
        if (FLAGS.contains(name)) {
            if (!value.isBoolean()) {
                problems.add(at, "expected true or false");
                return null;
            }
            return value.booleanValue();
        }
        if (AMOUNTS.contains(name)) {
            return ScenarioValidator.money(problems, value, at).map(m -> m.plain()).orElse(null);
        }
        switch (name) {
            case "outcome":
                return text(value, at).flatMap(w -> ScenarioValidator.word(problems, w, at, ExpectationReader::verdict,
                        OUTCOME_WORDS)).map(Verdict::word).orElse(null);
            case "status":
                return text(value, at).flatMap(w -> ScenarioValidator.word(problems, w, at, ExpectationReader::status,
                        "released, withheld, pending")).map(TrancheStatus::name).orElse(null);
            case "date":
                return text(value, at).flatMap(d -> date(d, at)).orElse(null);
            case "pledged":
                return ContributionParser.parse(problems, value, at).map(ExpectationReader::contribution).orElse(null);
            case Expectation.RULES:
                return strings(value, at, "rule names or ids");
            default:
                return written(value, at, notes);
        }
    }

    /** A field this reader has no special form for: as written, compared with the output as it is. */
    private Object written(JsonNode value, FieldPath at, List<String> notes) {
        if (value.isObject()) {
            return fields(value, at, null, null, notes);
        }
        if (value.isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                out.add(written(value.get(i), at.index(i), notes));
            }
            return out;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return value.isNumber() ? value.decimalValue() : value.asText();
    }

    /** As the output prints a pledge: {"euros": "10500000", "items": 0}. */
    private static Map<String, Object> contribution(Contribution c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("euros", c.euros().plain());
        out.put("items", java.math.BigDecimal.valueOf(c.items()));
        return out;
    }

    private Optional<String> text(JsonNode value, FieldPath at) {
        if (!value.isTextual()) {
            problems.add(at, "expected a word, got " + value);
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    private Optional<String> date(String text, FieldPath at) {
        try {
            return Optional.of(LocalDate.parse(text).toString());
        } catch (DateTimeParseException bad) {
            problems.add(at, "'" + text + "' is not a date; expected YYYY-MM-DD");
            return Optional.empty();
        }
    }

    private List<String> strings(JsonNode value, FieldPath at, String what) {
        if (!value.isArray()) {
            problems.add(at, "expected a list of " + what);
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                problems.add(at.index(i), "expected text, got " + value.get(i));
            } else {
                out.add(value.get(i).asText());
            }
        }
        return out;
    }

    private List<String> countries(JsonNode value, FieldPath at) {
        List<String> codes = strings(value, at, "country codes");
        if (codes == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            ScenarioValidator.country(problems, institutions, codes.get(i), at.index(i)).ifPresent(c -> out.add(c.code()));
        }
        return out.stream().sorted().distinct().toList();
    }

    private static Set<String> trancheIds(DisbursementPlan plan, String packageId) {
        return plan == null ? Set.of() : new TreeSet<>(plan.tranchesOf(packageId).stream().map(Tranche::id).toList());
    }

    /** The outcome words an expectation may name: adopted, blocked, failed, undecided, conflict, then the stages' words. */
    private static final String OUTCOME_WORDS = Arrays.stream(Verdict.values()).map(Verdict::word)
            .collect(java.util.stream.Collectors.joining(", "));

    private static Optional<Verdict> verdict(String word) {
        return Verdict.fromWord(word);
    }

    /** A tranche status as people write it (released) or as the output prints it (RELEASED). */
    private static Optional<TrancheStatus> status(String word) {
        return Arrays.stream(TrancheStatus.values())
                .filter(s -> s.word().equals(word) || s.name().equals(word)).findFirst();
    }

    private void missing(FieldPath at, String message) {
        if (crossCheck) {
            problems.addAtKey(at, message);
        }
    }
}
