package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The outputs saved before the engine-core redesign (issue 9) still come out: {@code run --format json} of every
 * shipped scenario, and {@code pivots} and a seeded {@code sweep} of three. Saved by
 * {@code src/test/resources/golden/capture.sh}. A saved document must be contained in today's: every saved field
 * has the same value, arrays keep their length and order; today's may add only the fields named in
 * {@link #ADDED_FIELDS}, which the redesign introduced on purpose, and those of {@link #ADDED_AT} at their place.
 *
 * <p>One deliberate change is taught, not re-captured: a fired rule was saved as its name (a string) and is
 * printed today as {@code {"id", "name", "source"}}. The saved string matches today's object when
 * {@code golden/rule-ids.tsv} maps that saved name to today's id; names may differ, since rule names lost the
 * numbers that {@code parameters.yaml} owns ("QMV: 55% of members ..." became "QMV: enough members ...").
 */
class GoldenOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    /** Fields the redesign adds to the JSON documents; any other new field is a change of behaviour. */
    static final Set<String> ADDED_FIELDS = Set.of();

    /**
     * Fields added on purpose at one place only, as a path pattern: a European Parliament stage's "count" (issue 10),
     * which only stages decided on counts print. A package's "count" stays guarded.
     */
    static final List<java.util.regex.Pattern> ADDED_AT = List.of(
            java.util.regex.Pattern.compile("/packages/\\d+/stages/\\d+/count"));

    /** Saved rule name to today's rule id, from {@code rule-ids.tsv} beside the saved outputs. */
    static final Map<String, String> RULE_IDS = ruleIds();

    /** The commands whose saved output is compared, beyond one run per scenario. */
    private static final Map<String, List<String>> COMMANDS = Map.of(
            "pivots/ukraine-facility-2023-12.json", List.of("pivots", "--format", "json", "scenarios/eu/ukraine-facility-2023-12.yaml"),
            "pivots/macro-financial-assistance-qmv.json", List.of("pivots", "--format", "json", "scenarios/eu/macro-financial-assistance-qmv.yaml"),
            "pivots/before-sweden.json", List.of("pivots", "--format", "json", "scenarios/nato/before-sweden.yaml"),
            "sweep/ukraine-facility-2023-12.json", List.of("sweep", "--format", "json", "--samples", "200", "--seed", "7",
                    "--prob", "HU=oppose:0.6,abstain:0.3", "--prob", "PL=oppose:0.2", "scenarios/eu/ukraine-facility-2023-12.yaml"),
            "sweep/macro-financial-assistance-qmv.json", List.of("sweep", "--format", "json", "--samples", "200", "--seed", "7",
                    "--prob", "HU=support:0.5", "--prob", "DE=oppose:0.3", "--prob", "FR=oppose:0.3",
                    "scenarios/eu/macro-financial-assistance-qmv.yaml"),
            "sweep/before-sweden.json", List.of("sweep", "--format", "json", "--vary", "TR,HU", "--over", "support,oppose",
                    "scenarios/nato/before-sweden.yaml"));

    /**
     * The commands whose outputs are saved: {@code run --format json} of every saved scenario, in path order, then the
     * pivots and sweeps. Other tests (RulesCacheTest) run the same list.
     */
    static List<List<String>> savedCommands() throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (Stream<Path> saved = Files.walk(GOLDEN.resolve("run"))) {
            for (Path file : saved.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(List.of("run", "--format", "json", GOLDEN.resolve("run").relativize(file).toString().replaceFirst("\\.json$", "")));
            }
        }
        COMMANDS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.add(e.getValue()));
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everySavedOutput_isContainedInTodaysOutput() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> saved = Files.walk(GOLDEN.resolve("run"))) {
            for (Path file : saved.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String scenario = GOLDEN.resolve("run").relativize(file).toString().replaceFirst("\\.json$", "");
                tests.add(DynamicTest.dynamicTest("run " + scenario,
                        () -> compare(file, List.of("run", "--format", "json", scenario))));
            }
        }
        COMMANDS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> tests.add(
                DynamicTest.dynamicTest(String.join(" ", e.getValue()), () -> compare(GOLDEN.resolve(e.getKey()), e.getValue()))));
        return tests.stream();
    }

    private static void compare(Path savedFile, List<String> args) throws Exception {
        JsonNode saved = JSON.readTree(Files.readString(savedFile));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        JsonNode today = JSON.readTree(run.out());
        List<String> differences = new ArrayList<>();
        contained(saved, today, "", differences);
        assertThat(differences).as("%s against %s", String.join(" ", args), savedFile).isEmpty();
    }

    /** A fired rule as today's JSON prints it: {"id", "name", "source"}. */
    private static boolean isFiredRule(JsonNode node) {
        return node.isObject() && node.size() == 3 && node.has("id") && node.has("name") && node.has("source");
    }

    private static Map<String, String> ruleIds() {
        try {
            Map<String, String> out = new HashMap<>();
            for (String line : Files.readAllLines(GOLDEN.resolve("rule-ids.tsv"))) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] cells = line.split("\t");
                    out.put(cells[0], cells[1]);
                }
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds to {@code out} each place where {@code saved} is not contained in {@code today}. */
    static void contained(JsonNode saved, JsonNode today, String path, List<String> out) {
        if (saved.isObject() && today.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = saved.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode now = today.get(field.getKey());
                if (now == null) {
                    out.add(path + "/" + field.getKey() + ": missing today");
                } else {
                    contained(field.getValue(), now, path + "/" + field.getKey(), out);
                }
            }
            today.fieldNames().forEachRemaining(name -> {
                if (!saved.has(name) && !ADDED_FIELDS.contains(name)
                        && ADDED_AT.stream().noneMatch(p -> p.matcher(path + "/" + name).matches())) {
                    out.add(path + "/" + name + ": new field today");
                }
            });
        } else if (saved.isTextual() && isFiredRule(today)) {
            String id = RULE_IDS.get(saved.asText());
            if (id == null || !id.equals(today.get("id").asText())) {
                out.add(path + ": saved rule " + saved + " (id " + id + " in rule-ids.tsv), today " + today);
            }
        } else if (saved.isArray() && today.isArray() && saved.size() == today.size()) {
            for (int i = 0; i < saved.size(); i++) {
                contained(saved.get(i), today.get(i), path + "/" + i, out);
            }
        } else if (!saved.equals(today)) {
            out.add(path + ": saved " + saved + ", today " + today);
        }
    }
}
