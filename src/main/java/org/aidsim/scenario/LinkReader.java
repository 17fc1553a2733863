package org.aidsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aidsim.model.ConditionGroup;
import org.aidsim.model.Links;
import org.aidsim.model.OutcomeTest;
import org.aidsim.model.Requirement;
import org.aidsim.model.Verdict;

/**
 * Reads what links a scenario's packages: {@code support-if} values that are not a plain condition name (a test of
 * another package's outcome, {@code {adopted: X}}, {@code {blocked: X}}, {@code {failed: X}}, {@code {waiting: X}};
 * a combination, {@code {all: [...]}} or {@code {any: [...]}}, nested at will) and {@code requires: [X]}. Each
 * package named must be in the file; a package whose decision depends on its own outcome, directly or round a
 * cycle, is refused with the cycle named. A list written as a condition is refused: it could mean all or any.
 *
 * <p>A derived condition's name is its expression in flow YAML ({@code {all: [concessions-agreed, {adopted: X}]}}),
 * which the stance carries and the vote's basis prints. To let a condition name a stage once stages are decisions
 * of their own (a {@code Decision} keyed {@code package/stage}), add the {@code package/stage} ids to
 * {@code known} and map them to their package in {@link #cycleCheck}; the rules need no change.
 */
final class LinkReader {
    /** The outcome words a test may use, in the order they are listed to users. */
    static final List<Verdict> TESTED = List.of(Verdict.ADOPTED, Verdict.BLOCKED, Verdict.FAILED, Verdict.WAITING);
    private static final String FORMS = "a condition name, {adopted: PACKAGE}, {blocked: PACKAGE}, {failed: PACKAGE}, "
            + "{waiting: PACKAGE}, {all: [...]} or {any: [...]}";

    private final Problems problems;
    private final Set<String> conditions;
    private final Set<String> known;
    private final Map<String, OutcomeTest> tests = new LinkedHashMap<>();
    private final Map<String, ConditionGroup> groups = new LinkedHashMap<>();
    private final Map<String, Requirement> requirements = new LinkedHashMap<>();
    /** For each package, the packages its decision reads, each with where the first link to it is written. */
    private final Map<String, Map<String, FieldPath>> edges = new TreeMap<>();

    /**
     * @param conditions the declared condition names
     * @param known      every package id the file declares (also those later in the file)
     */
    LinkReader(Problems problems, Set<String> conditions, Set<String> known) {
        this.problems = problems;
        this.conditions = conditions;
        this.known = known;
    }

    /**
     * The condition name a {@code support-if} value of package {@code owner} stands for, registering the tests and
     * combinations it needs; empty (with a problem) when it is malformed or names an unknown condition or package.
     *
     * @param at the path of the {@code support-if} field
     */
    Optional<String> condition(String owner, JsonNode value, FieldPath at) {
        if (value != null && value.isArray()) {
            problems.add(at, "a list of conditions could mean all of them or any of them: write {all: [a, b]} (every one"
                    + " must hold) or {any: [a, b]} (one is enough)");
            return Optional.empty();
        }
        return expression(owner, value, at);
    }

    private Optional<String> expression(String owner, JsonNode value, FieldPath at) {
        if (value != null && value.isTextual()) {
            if (!conditions.contains(value.asText())) {
                problems.add(at, "unknown condition '" + value.asText() + "'; declare it under conditions (declared: "
                        + (conditions.isEmpty() ? "none" : String.join(", ", new TreeSet<>(conditions))) + ")");
                return Optional.empty();
            }
            return Optional.of(value.asText());
        }
        if (value == null || !value.isObject() || value.size() != 1) {
            problems.add(at, "expected " + FORMS);
            return Optional.empty();
        }
        String key = value.fieldNames().next();
        JsonNode inner = value.get(key);
        FieldPath here = at.field(key);
        if ("all".equals(key) || "any".equals(key)) {
            return group(owner, "all".equals(key), inner, here);
        }
        Optional<Verdict> verdict = TESTED.stream().filter(v -> v.word().equals(key)).findFirst();
        if (verdict.isEmpty()) {
            problems.addAtKey(here, "unknown condition form '" + key + "'; expected " + FORMS);
            return Optional.empty();
        }
        if (!inner.isTextual()) {
            problems.add(here, "expected the id of a package in this file, as in {" + key + ": PACKAGE}");
            return Optional.empty();
        }
        String linked = inner.asText();
        if (!known.contains(linked)) {
            problems.add(here, unknownPackage(linked));
            return Optional.empty();
        }
        link(owner, linked, here);
        String name = "{" + key + ": " + linked + "}";
        tests.putIfAbsent(name, new OutcomeTest(name, linked, verdict.get()));
        return Optional.of(name);
    }

    private Optional<String> group(String owner, boolean all, JsonNode inner, FieldPath at) {
        String word = all ? "all" : "any";
        if (!inner.isArray() || inner.isEmpty()) {
            problems.add(at, "expected a non-empty list of conditions, as in {" + word + ": [a, {adopted: PACKAGE}]}");
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < inner.size(); i++) {
            JsonNode part = inner.get(i);
            Optional<String> name = part.isArray() ? condition(owner, part, at.index(i)) : expression(owner, part, at.index(i));
            ok &= name.isPresent();
            name.ifPresent(parts::add);
        }
        if (!ok) {
            return Optional.empty();
        }
        String name = "{" + word + ": [" + String.join(", ", parts) + "]}";
        groups.putIfAbsent(name, new ConditionGroup(name, all, parts));
        return Optional.of(name);
    }

    /** Reads {@code requires:} of package {@code owner}; each entry must name a package of the file. */
    void requires(String owner, List<String> required, FieldPath at) {
        if (required == null) {
            return;
        }
        for (int i = 0; i < required.size(); i++) {
            String id = required.get(i);
            if (id == null || !known.contains(id)) {
                problems.add(at.index(i), id == null ? "expected the id of a package in this file" : unknownPackage(id));
                continue;
            }
            link(owner, id, at.index(i));
            requirements.putIfAbsent(owner + " " + id, new Requirement(owner, id));
        }
    }

    private String unknownPackage(String id) {
        return "unknown package '" + id + "'; packages in this file: " + String.join(", ", new TreeSet<>(known));
    }

    private void link(String owner, String linked, FieldPath at) {
        // a stage's ballot (PACKAGE/STAGE) decides its package, so a link written in a stage is its package's link
        String decides = owner.contains("/") ? owner.substring(0, owner.indexOf('/')) : owner;
        edges.computeIfAbsent(decides, k -> new TreeMap<>()).putIfAbsent(linked, at);
    }

    /**
     * Refuses a package whose decision depends on its own outcome: a cycle of requirements and outcome tests,
     * located where its first link is written.
     */
    void cycleCheck() {
        Map<String, List<String>> graph = new TreeMap<>();
        edges.forEach((from, to) -> graph.put(from, List.copyOf(to.keySet())));
        Cycles.find(graph).ifPresent(cycle -> problems.add(edges.get(cycle.get(0)).get(cycle.get(1)),
                "a cycle of linked packages: " + String.join(" -> ", cycle) + "; a package cannot wait for, or depend on,"
                        + " its own outcome (through requires or a condition on an outcome)"));
    }

    /** The links read, for the scenario. */
    Links links() {
        return new Links(List.copyOf(tests.values()), List.copyOf(groups.values()), List.copyOf(requirements.values()));
    }
}
