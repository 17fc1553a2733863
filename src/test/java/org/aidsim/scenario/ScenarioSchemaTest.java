package org.aidsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aidsim.model.DecisionRule;
import org.aidsim.model.Participation;
import org.aidsim.model.Position;
import org.aidsim.model.TrancheStatus;
import org.aidsim.model.Verdict;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The shipped JSON Schema stays the scenario reader's: the same keys per object, the same fixed words, the README's
 * descriptions; and every shipped scenario validates against it through a maintained validator (networknt, as an
 * editor's language server would read the file).
 */
class ScenarioSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SHIPPED = Path.of("schema", "scenario.schema.json");
    private static final Path SCENARIOS = Path.of("scenarios");

    /**
     * The expect keys renamed to the names the JSON report prints (issue 12's parallel rename): the schema offers
     * both spellings, the old ones marked deprecated, while the reader may not yet take the new ones.
     */
    private static final Set<String> DEPRECATED_EXPECT_KEYS = Set.of("fired", "depends-on", "target-met");

    /** Each object of the schema ($defs name, or "" for the file itself) and the document type the reader binds it to. */
    private static final Map<String, Class<?>> BOUND = Map.ofEntries(
            Map.entry("", ScenarioDocument.class),
            Map.entry("package", ScenarioDocument.PackageDocument.class),
            Map.entry("tranche", ScenarioDocument.TrancheDocument.class),
            Map.entry("pool", ScenarioDocument.PoolDocument.class),
            Map.entry("inflow", ScenarioDocument.InflowDocument.class),
            Map.entry("split", ScenarioDocument.SplitDocument.class),
            Map.entry("event", ScenarioDocument.EventDocument.class),
            Map.entry("stage", ScenarioDocument.StageDocument.class),
            Map.entry("coalition", ScenarioDocument.CoalitionDocument.class),
            Map.entry("member", ScenarioDocument.MemberDocument.class));

    @Test
    void schemaObjects_haveExactlyTheKeysTheReaderAccepts() throws IOException {
        JsonNode schema = schema();
        SoftAssertions softly = new SoftAssertions();
        BOUND.forEach((name, type) -> {
            JsonNode object = name.isEmpty() ? schema : schema.path("$defs").path(name);
            Set<String> accepted = new TreeSet<>(keysAccepted(type));
            softly.assertThat(fieldNames(object.path("properties"))).as("keys of %s", name.isEmpty() ? "a scenario" : name)
                    .containsExactlyInAnyOrderElementsOf(accepted);
            softly.assertThat(object.path("additionalProperties").asBoolean(true)).as("%s refuses unknown keys", name).isFalse();
        });
        // The expect block holds package ids, and under its two reserved keys pools and coalitions.
        softly.assertThat(fieldNames(schema.path("$defs").path("expect").path("properties")))
                .containsExactlyInAnyOrder(ExpectDocument.POOLS, "coalitions");
        softly.assertAll();
    }

    /**
     * An expectation is a part of the output document, so the keys the schema offers (for completion) must be field
     * names {@code run --format json} prints (as in the saved outputs of every shipped scenario), or an old spelling
     * marked deprecated; other output fields are allowed too.
     */
    @Test
    void expectationKeys_areFieldsTheRunOutputPrints() throws IOException {
        Set<String> printed = new TreeSet<>();
        try (Stream<Path> saved = Files.walk(Path.of("src/test/resources/golden/run"))) {
            for (Path file : saved.filter(p -> p.toString().endsWith(".json")).toList()) {
                collectFieldNames(JSON.readTree(Files.readString(file)), printed);
            }
        }
        JsonNode defs = schema().path("$defs");
        SoftAssertions softly = new SoftAssertions();
        for (String name : List.of("packageExpectation", "trancheExpectation", "poolExpectation", "coalitionExpectation")) {
            Set<String> offered = fieldNames(defs.path(name).path("properties"));
            offered.removeAll(DEPRECATED_EXPECT_KEYS);
            softly.assertThat(printed).as("fields offered by %s", name).containsAll(offered);
            softly.assertThat(defs.path(name).path("additionalProperties").asBoolean(false)).as("%s allows other output fields", name).isTrue();
        }
        softly.assertAll();
    }

    private static void collectFieldNames(JsonNode node, Set<String> out) {
        node.fields().forEachRemaining(e -> out.add(e.getKey()));
        node.elements().forEachRemaining(child -> collectFieldNames(child, out));
    }

    @Test
    void schemaWords_areTheWordsTheReaderAccepts() throws IOException {
        JsonNode defs = schema().path("$defs");
        assertThat(words(defs.path("position").path("anyOf").path(0).path("enum")))
                .containsExactlyElementsOf(Arrays.stream(Position.values()).filter(Position::isWritten).map(Position::word).toList());
        // A rules folder may add rules (a new word in parameters.yaml plus its DRL), so the schema offers the words
        // Java names as examples and accepts any well-formed word; check refuses one the forum does not list.
        assertThat(words(defs.path("package").path("properties").path("rule").path("examples")))
                .containsExactlyElementsOf(DecisionRule.NAMED.stream().map(DecisionRule::word).toList());
        assertThat(words(defs.path("package").path("properties").path("participation").path("enum")))
                .containsExactlyElementsOf(Arrays.stream(Participation.values()).map(Participation::word).toList());
        assertThat(words(defs.path("packageExpectation").path("properties").path("outcome").path("enum")))
                .containsExactlyElementsOf(Arrays.stream(Verdict.values()).map(Verdict::word).toList());
        assertThat(words(defs.path("trancheExpectation").path("properties").path("status").path("enum")))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(TrancheStatus.values()).map(TrancheStatus::word).toList());
    }

    @Test
    void schemaDescriptions_areTheReadmeSentences() throws IOException {
        // The README writes them as YAML comments, some over two lines: compared with the markers and breaks gone.
        String readme = Files.readString(Path.of("README.md")).replaceAll("\\s+#\\s+", " ").replaceAll("\\s+", " ");
        List<String> descriptions = new ArrayList<>();
        collectDescriptions(schema(), descriptions);
        assertThat(descriptions).hasSizeGreaterThan(20);
        assertThat(descriptions).allSatisfy(d -> assertThat(readme).as("README.md").contains(d));
    }

    @Test
    void everyShippedScenario_validatesAgainstTheSchema() throws IOException {
        Schema schema = validator();
        SoftAssertions softly = new SoftAssertions();
        List<Path> files = scenarioFiles();
        assertThat(files).hasSizeGreaterThan(40);
        for (Path file : files) {
            List<Error> errors = schema.validate(Files.readString(file, StandardCharsets.UTF_8), InputFormat.YAML);
            softly.assertThat(errors).as(file.toString()).isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void everyShippedScenario_namesTheSchemaOnItsFirstLine() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (Path file : scenarioFiles()) {
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
            String prefix = "# yaml-language-server: $schema=";
            softly.assertThat(first).as(file.toString()).startsWith(prefix);
            if (first.startsWith(prefix)) {
                Path named = file.getParent().resolve(first.substring(prefix.length())).normalize();
                softly.assertThat(named).as(file + " names the shipped schema").isEqualTo(SHIPPED);
            }
        }
        softly.assertAll();
    }

    @Test
    void scenarioWithTwoTypos_bothAreReported() throws IOException {
        String scenario = """
                name: Two typos in one file
                date: 2023-12-14
                packages:
                  - id: ukraine-facility
                    forum: european-council
                    partcipation: voluntary
                    positions: { default: support, HU: opose }
                """;
        List<Error> errors = validator().validate(scenario, InputFormat.YAML);
        assertThat(errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList())
                .anySatisfy(e -> assertThat(e).contains("/packages/0").contains("partcipation"))
                .anySatisfy(e -> assertThat(e).contains("/packages/0/positions/HU"));
    }

    @Test
    void renamedExpectKeys_bothSpellingsValidate_oldOnesMarkedDeprecated() throws IOException {
        String scenario = """
                name: Old and new spellings of the expect keys
                date: 2024-02-01
                packages:
                  - { id: a, forum: european-council }
                expect:
                  a: { fired: [x], depends-on: [HU], rules: [x], dependsOn: [HU] }
                  coalitions:
                    it: { target-met: true, targetMet: true, fired: [y], rules: [y] }
                """;
        assertThat(validator().validate(scenario, InputFormat.YAML)).isEmpty();
        JsonNode defs = schema().path("$defs");
        for (String old : List.of("packageExpectation/fired", "packageExpectation/depends-on",
                "coalitionExpectation/fired", "coalitionExpectation/target-met")) {
            String[] at = old.split("/");
            assertThat(defs.path(at[0]).path("properties").path(at[1]).path("deprecated").asBoolean()).as(old).isTrue();
        }
    }

    @Test
    void shippedFile_isTheSchemaInTheJar() throws IOException {
        assertThat(Files.readString(SHIPPED, StandardCharsets.UTF_8)).isEqualTo(ScenarioSchema.text());
    }

    private static Schema validator() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SHIPPED, StandardCharsets.UTF_8), InputFormat.JSON);
    }

    private static JsonNode schema() throws IOException {
        return JSON.readTree(ScenarioSchema.text());
    }

    /** The keys Jackson binds to {@code type}: each property's name and its aliases, as the strict reader sees them. */
    private static Set<String> keysAccepted(Class<?> type) {
        JavaType javaType = JSON.constructType(type);
        Set<String> keys = new TreeSet<>();
        for (BeanPropertyDefinition property : JSON.getDeserializationConfig().introspect(javaType).findProperties()) {
            if (property.hasConstructorParameter() || property.hasSetter() || property.hasField()) {
                keys.add(property.getName());
                property.findAliases().stream().map(PropertyName::getSimpleName).forEach(keys::add);
            }
        }
        return keys;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> words(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Every description but a deprecated key's, which names the new spelling rather than quoting the README. */
    private static void collectDescriptions(JsonNode node, List<String> out) {
        if (node.isObject()) {
            if (node.path("description").isTextual() && !node.path("deprecated").asBoolean()) {
                out.add(node.path("description").asText());
            }
            node.elements().forEachRemaining(child -> collectDescriptions(child, out));
        } else if (node.isArray()) {
            node.forEach(child -> collectDescriptions(child, out));
        }
    }

    private static List<Path> scenarioFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(SCENARIOS)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
        }
    }
}
