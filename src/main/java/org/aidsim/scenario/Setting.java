package org.aidsim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One {@code --set KEY=VALUE}. Keys: {@code name}, {@code date}, {@code description}, {@code conditions.NAME}
 * (true or false; the condition must be declared), {@code parameters.PATH} (a value of rules/parameters.yaml on
 * every date, such as parameters.qmv.population=70/100), and {@code PACKAGE.FIELD} or {@code packages.PACKAGE.FIELD}
 * where FIELD is a package field such as {@code rule}, or {@code positions.MEMBER} (a position word, or
 * {@code support-if:CONDITION}), or {@code votes.for}, {@code votes.against}, {@code votes.abstain} (a European
 * Parliament count), or {@code stages.STAGE.FIELD} for a field of one stage of a package decided in stages (any field
 * a stage may write but its id and after: {@code positions.MEMBER}, {@code votes.COUNT}, {@code date},
 * {@code deadline}, {@code rule}, ...), or {@code renewal.FIELD} for a field of its renewal (the same fields). true and
 * false are written as booleans where the field is one ({@code cfsp}, {@code implementing}). Domain words and counts are checked afterwards by the validator, which names
 * the --set: a count above the seats on the stage's date gets the message a file would.
 */
record Setting(String key, String value) {
    private static final String COST_SHARES = "cost-shares";
    private static final List<String> SCENARIO_TEXT = List.of("name", "date", "description");
    private static final String SUPPORT_IF = "support-if";
    static final String EXAMPLE = "such as ukraine-facility.positions.HU=support or conditions.concessions-agreed=true";

    static Optional<Setting> parse(String written) {
        int eq = written.indexOf('=');
        if (eq <= 0 || written.substring(0, eq).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Setting(written.substring(0, eq).trim(), written.substring(eq + 1).trim()));
    }

    static Problem malformed(String written) {
        return new Problem("--set " + written, 0, 0, "", "expected KEY=VALUE, " + EXAMPLE);
    }

    String label() {
        return "--set " + key + "=" + value;
    }

    void apply(ObjectNode root, Overrides.Attribution attribution, List<Problem> problems) {
        if (SCENARIO_TEXT.contains(key)) {
            root.put(key, value);
            attribution.from(FieldPath.ROOT.field(key), where(attribution), null, FieldPath.ROOT);
        } else if (key.startsWith("parameters.") && key.length() > "parameters.".length()) {
            // A parameter's path is checked with the scenario, against the rules folder in use (ParameterChanges).
            String path = key.substring("parameters.".length());
            JsonNode parameters = root.get("parameters");
            (parameters instanceof ObjectNode o ? o : root.putObject("parameters")).put(path, value);
            attribution.from(FieldPath.ROOT.field("parameters").field(path), where(attribution), null, FieldPath.ROOT);
        } else if (key.startsWith("conditions.")) {
            condition(root, key.substring("conditions.".length()), attribution, problems);
        } else {
            List<String> parts = new ArrayList<>(Arrays.asList(key.split("\\.", -1)));
            if (parts.get(0).equals("packages") && parts.size() > 1) {
                parts.remove(0);
            }
            packageField(root, parts, attribution, problems);
        }
    }

    private void condition(ObjectNode root, String name, Overrides.Attribution attribution, List<Problem> problems) {
        JsonNode conditions = root.get("conditions");
        if (!(conditions instanceof ObjectNode declared) || !declared.has(name)) {
            TreeSet<String> names = new TreeSet<>();
            if (conditions != null) {
                conditions.fieldNames().forEachRemaining(names::add);
            }
            problems.add(problem(attribution, "unknown condition '" + name + "'; the scenario declares: "
                    + (names.isEmpty() ? "none" : String.join(", ", names))));
            return;
        }
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(problem(attribution, "a condition is true or false, not '" + value + "'"));
            return;
        }
        declared.put(name, Boolean.parseBoolean(value));
        attribution.from(FieldPath.ROOT.field("conditions").field(name), where(attribution), null, FieldPath.ROOT);
    }

    private void packageField(ObjectNode root, List<String> parts, Overrides.Attribution attribution, List<Problem> problems) {
        JsonNode packages = root.get("packages");
        int index = indexOf(packages, parts.get(0));
        if (index < 0) {
            problems.add(problem(attribution, "unknown key '" + key + "'; expected name, date, description, conditions.NAME, parameters.PATH, or "
                    + "PACKAGE.FIELD where PACKAGE is one of: " + OverlayMerge.ids(packages)));
            return;
        }
        String id = parts.get(0);
        List<String> fields = packageFields();
        if (parts.size() < 2 || !fields.contains(parts.get(1))) {
            problems.add(problem(attribution, (parts.size() < 2 ? "name a field of package '" + id + "'"
                    : "unknown field '" + parts.get(1) + "' of package '" + id + "'") + "; expected one of: "
                    + String.join(", ", fields.stream().map(f -> f.equals("positions") ? "positions.MEMBER"
                            : f.equals("votes") ? "votes.COUNT" : f.equals("stages") ? "stages.STAGE.FIELD" : f).toList())));
            return;
        }
        ObjectNode aidPackage = (ObjectNode) packages.get(index);
        FieldPath at = FieldPath.ROOT.field("packages").index(index).field(parts.get(1));
        if (parts.get(1).equals("stages")) {
            stageField(aidPackage, parts, at, attribution, problems);
            return;
        }
        if (parts.get(1).equals("renewal") && parts.size() > 2) {
            if (!(aidPackage.get("renewal") instanceof ObjectNode renewal)) {
                problems.add(problem(attribution, "package '" + id + "' has no renewal: --set can change a renewal's"
                        + " fields, not write one; write renewal: (and in-force-until:) in the scenario or an overlay"));
                return;
            }
            decisionField(renewal, ScenarioDocument.RenewalDocument.class, id + ".renewal", parts.subList(2, parts.size()),
                    at, attribution, problems);
            return;
        }
        if (parts.get(1).equals("positions")) {
            if (parts.size() != 3 || parts.get(2).isEmpty()) {
                problems.add(problem(attribution, "name the member: " + id + ".positions.MEMBER=POSITION, such as "
                        + id + ".positions.HU=support (or positions.default)"));
                return;
            }
            position(aidPackage, parts.get(2), at, attribution);
            return;
        }
        if (parts.get(1).equals("votes")) {
            votes(aidPackage, id, parts.subList(2, parts.size()), at, attribution, problems);
            return;
        }
        if (parts.get(1).equals(COST_SHARES) && parts.size() == 3 && !parts.get(2).isEmpty()) {
            // cost-shares.key=KEY, cost-shares.redirect-to=PACKAGE: one field of the cost-shares object
            JsonNode shares = aidPackage.get(COST_SHARES);
            ObjectNode object = shares instanceof ObjectNode o ? o : aidPackage.putObject(COST_SHARES);
            object.put(parts.get(2), value);
            attribution.from(at.field(parts.get(2)), where(attribution), null, FieldPath.ROOT);
            return;
        }
        if (parts.size() != 2) {
            problems.add(problem(attribution, "'" + parts.get(1) + "' takes a single value: " + id + "." + parts.get(1) + "=VALUE"
                    + (parts.get(1).equals(COST_SHARES) ? " (or " + id + ".cost-shares.key=KEY, " + id + ".cost-shares.redirect-to=PACKAGE)" : "")));
            return;
        }
        put(aidPackage, parts.get(1), ScenarioDocument.PackageDocument.class);
        attribution.from(at, where(attribution), null, FieldPath.ROOT);
    }

    /**
     * Writes the value into {@code owner.field} as the scenario file would hold it: true or false as a boolean where
     * the document's field is one (cfsp, implementing, no-opinion-blocks), else as text, which the validator reads as
     * it reads a file's.
     */
    private void put(ObjectNode owner, String field, Class<? extends Record> document) {
        boolean isBoolean = Arrays.stream(document.getRecordComponents())
                .anyMatch(c -> writtenName(c).equals(field) && (c.getType() == Boolean.class || c.getType() == boolean.class));
        if (isBoolean && (value.equals("true") || value.equals("false"))) {
            owner.put(field, Boolean.parseBoolean(value));
        } else {
            owner.put(field, value);
        }
    }

    /**
     * {@code PACKAGE.votes.COUNT=N} or {@code PACKAGE.stages.STAGE.votes.COUNT=N}: one European Parliament count of a
     * package or a stage (owner; prefix: the key up to votes; rest: the key's parts after votes; at: the votes field's
     * path). A whole number is written as a number, anything else as text, which the validator refuses with its place;
     * the validator also checks the counts against the seats on the date, as it does for a file.
     */
    private void votes(ObjectNode owner, String prefix, List<String> rest, FieldPath at, Overrides.Attribution attribution,
                       List<Problem> problems) {
        if (rest.size() != 1 || !List.of("for", "against", "abstain").contains(rest.get(0))) {
            problems.add(problem(attribution, "name the count: " + prefix + ".votes.for, " + prefix + ".votes.against or "
                    + prefix + ".votes.abstain, such as " + prefix + ".votes.against=400"));
            return;
        }
        String count = rest.get(0);
        JsonNode votes = owner.get("votes");
        ObjectNode counts = votes instanceof ObjectNode o ? o : owner.putObject("votes");
        if (value.matches("-?\\d{1,18}")) {
            counts.put(count, Long.parseLong(value));
        } else {
            counts.put(count, value);
        }
        attribution.from(at.field(count), where(attribution), null, FieldPath.ROOT);
    }

    /**
     * {@code PACKAGE.stages.STAGE.FIELD=VALUE}, or {@code PACKAGE.stages.STAGE.positions.MEMBER=POSITION}: a field
     * of one stage of a package decided in stages, the stage found by its id.
     */
    private void stageField(ObjectNode aidPackage, List<String> parts, FieldPath at, Overrides.Attribution attribution,
                            List<Problem> problems) {
        String id = parts.get(0);
        JsonNode stages = aidPackage.get("stages");
        int index = parts.size() < 3 ? -1 : indexOf(stages, parts.get(2));
        if (index < 0) {
            String renewal = aidPackage.get("renewal") instanceof ObjectNode r
                    ? "; its renewal is set with " + id + ".renewal.FIELD=VALUE, such as " + id + ".renewal.positions.HU=oppose"
                            + (r.hasNonNull("id") ? " (its stage '" + r.get("id").asText() + "')" : "")
                    : "";
            problems.add(problem(attribution, (parts.size() < 3 ? "name a stage of package '" + id + "'"
                    : "unknown stage '" + parts.get(2) + "' of package '" + id + "'") + "; its stages: "
                    + OverlayMerge.ids(stages) + " (" + id + ".stages.STAGE.FIELD=VALUE, such as " + id
                    + ".stages.STAGE.positions.MEMBER=POSITION or " + id + ".stages.STAGE.votes.against=N)" + renewal));
            return;
        }
        decisionField((ObjectNode) stages.get(index), ScenarioDocument.StageDocument.class, id + ".stages." + parts.get(2),
                parts.subList(3, parts.size()), at.index(index), attribution, problems);
    }

    /**
     * {@code PREFIX.FIELD=VALUE}, {@code PREFIX.positions.MEMBER=POSITION} or {@code PREFIX.votes.COUNT=N} for one
     * decision written as a mapping, a stage or a renewal (node; document: its record, whose fields but id and after
     * may be set; rest: the key's parts after PREFIX; at: the node's path).
     */
    private void decisionField(ObjectNode node, Class<? extends Record> document, String prefix, List<String> rest,
                               FieldPath at, Overrides.Attribution attribution, List<Problem> problems) {
        List<String> fields = Arrays.stream(document.getRecordComponents())
                .map(Setting::writtenName).filter(n -> !n.equals("id") && !n.equals("after")).sorted().toList();
        if (rest.isEmpty() || !fields.contains(rest.get(0)) || rest.size() != (List.of("positions", "votes")
                .contains(rest.get(0)) ? 2 : 1) || rest.get(rest.size() - 1).isEmpty()) {
            problems.add(problem(attribution, "expected " + prefix + ".FIELD=VALUE with FIELD one of: "
                    + String.join(", ", fields.stream().map(f -> f.equals("positions") ? "positions.MEMBER"
                            : f.equals("votes") ? "votes.COUNT" : f).toList())));
            return;
        }
        FieldPath here = at.field(rest.get(0));
        if (rest.get(0).equals("votes")) {
            votes(node, prefix, rest.subList(1, rest.size()), here, attribution, problems);
            return;
        }
        if (rest.get(0).equals("positions")) {
            position(node, rest.get(1), here, attribution);
            return;
        }
        put(node, rest.get(0), document);
        attribution.from(here, where(attribution), null, FieldPath.ROOT);
    }

    /** One member's position in a package's or a stage's {@code positions} (at: that field's path). */
    private void position(ObjectNode owner, String member, FieldPath at, Overrides.Attribution attribution) {
        JsonNode positions = owner.get("positions");
        ObjectNode byMember = positions instanceof ObjectNode o ? o : owner.putObject("positions");
        if (value.startsWith(SUPPORT_IF + ":")) {
            byMember.putObject(member).put(SUPPORT_IF, value.substring(SUPPORT_IF.length() + 1).trim());
        } else {
            byMember.put(member, value);
        }
        attribution.from(at.field(member), where(attribution), null, FieldPath.ROOT);
    }

    private Problem problem(Overrides.Attribution attribution, String message) {
        return new Problem(where(attribution), 0, 0, "", message);
    }

    /** "scenarios/eu/x.yaml: --set KEY=VALUE": one --set applies to every file a command reads, so name the file. */
    private String where(Overrides.Attribution attribution) {
        return attribution.baseFile() + ": " + label();
    }

    /** The fields a package may set, read from the document type so that fields added later are settable too. */
    private static List<String> packageFields() {
        return Arrays.stream(ScenarioDocument.PackageDocument.class.getRecordComponents())
                .map(Setting::writtenName).filter(n -> !n.equals("id")).sorted().toList();
    }

    /** A field as a scenario writes it: its JSON name (enhanced-cooperation, on the accessor: JsonProperty does not target record components), else the component's own name. */
    private static String writtenName(RecordComponent c) {
        com.fasterxml.jackson.annotation.JsonProperty json = c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        return json != null && !json.value().isEmpty() ? json.value() : c.getName();
    }

    private static int indexOf(JsonNode packages, String id) {
        if (packages instanceof ArrayNode list) {
            for (int i = 0; i < list.size(); i++) {
                if (id.equals(OverlayMerge.id(list.get(i)))) {
                    return i;
                }
            }
        }
        return -1;
    }
}
