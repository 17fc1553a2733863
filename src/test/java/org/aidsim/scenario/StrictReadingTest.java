package org.aidsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aidsim.TestRules;
import org.junit.jupiter.api.Test;

/**
 * What YAML and JSON would read otherwise than written is refused with its place: anchors and aliases (Jackson reads
 * an alias as its name), booleans other than the bare words true and false, and JSON's non-standard tokens.
 */
class StrictReadingTest {
    private static final String ANCHORS = "YAML anchors and aliases (&name, *name) are not read: write the value out";
    private static final String TRUE_FALSE = "only the bare words true and false are read as true or false: write true or false";

    /** The problems of a JSON scenario file with this text, the temporary file shown as bad.json. */
    static List<String> jsonProblems(String json) {
        return ScenarioErrorsTest.problems("bad.json", json);
    }

    private static String yamlWithCfsp(String cfsp) {
        return "name: x\ndate: 2024-03-01\npackages:\n  - id: p\n    forum: eu-council\n    cfsp: " + cfsp
                + "\n    positions: { default: support }\n";
    }

    private static String jsonWithCfsp(String cfsp) {
        return "{\"name\": \"x\", \"date\": \"2024-03-01\",\n \"packages\": [{\"id\": \"p\", \"forum\": \"eu-council\","
                + " \"cfsp\": " + cfsp + ", \"positions\": {\"default\": \"support\"}}]}\n";
    }

    @Test
    void aliasOfScalar_isRefusedAtAnchorAndAlias() {
        String yaml = "name: &true false\ndate: 2024-03-01\npackages:\n  - id: p\n    forum: eu-council\n"
                + "    cfsp: *true\n    positions: { default: support }\n";
        assertThat(ScenarioErrorsTest.problems(yaml)).containsExactly(
                "bad.yaml:1:7: name: " + ANCHORS,
                "bad.yaml:6:11: packages[0].cfsp: " + ANCHORS);
    }

    @Test
    void aliasOfPosition_isRefusedNotReadAsItsName() {
        String yaml = "name: x\ndate: 2024-03-01\npackages:\n  - id: p\n    forum: eu-council\n    title: &support t\n"
                + "    positions: { default: support, HU: *support }\n";
        assertThat(ScenarioErrorsTest.problems(yaml)).containsExactly(
                "bad.yaml:6:12: packages[0].title: " + ANCHORS,
                "bad.yaml:7:40: packages[0].positions.HU: " + ANCHORS);
    }

    @Test
    void aliasOfMapping_isRefusedWithTheAnchorReason() {
        String yaml = "name: x\ndate: 2024-03-01\npackages:\n  - id: p\n    forum: eu-council\n"
                + "    positions: &all { default: support }\n  - id: q\n    forum: eu-council\n    positions: *all\n";
        assertThat(ScenarioErrorsTest.problems(yaml)).containsExactly(
                "bad.yaml:6:16: packages[0].positions: " + ANCHORS,
                "bad.yaml:9:16: packages[1].positions: " + ANCHORS);
    }

    @Test
    void anchorAlone_isRefused() {
        String yaml = "name: &n x\ndate: 2024-03-01\npackages:\n  - id: p\n    forum: eu-council\n"
                + "    positions: { default: support }\n";
        assertThat(ScenarioErrorsTest.problems(yaml)).containsExactly("bad.yaml:1:7: name: " + ANCHORS);
    }

    @Test
    void yamlBooleanLikeWords_areRefusedInABooleanField() {
        for (String word : List.of("yes", "on", "y", "\"true\"", "1", "0")) {
            assertThat(ScenarioErrorsTest.problems(yamlWithCfsp(word))).as(word).singleElement().asString()
                    .startsWith("bad.yaml:6:11: packages[0].cfsp: expected true or false here")
                    .endsWith(TRUE_FALSE);
        }
    }

    @Test
    void yamlCapitalisedBooleans_areRefusedWithTheWordToWrite() {
        for (String word : List.of("True", "TRUE", "False", "FALSE")) {
            assertThat(ScenarioErrorsTest.problems(yamlWithCfsp(word))).as(word).containsExactly("bad.yaml:6:11: "
                    + "packages[0].cfsp: '" + word + "' is not read as true or false; " + TRUE_FALSE + " (put text in quotes)");
        }
    }

    @Test
    void jsonNumbersAndTextInABooleanField_areRefused() {
        for (String value : List.of("1", "2", "0", "1.0", "\"true\"", "\"\"")) {
            assertThat(jsonProblems(jsonWithCfsp(value))).as(value).singleElement().asString()
                    .startsWith("bad.json:2:").contains("packages[0].cfsp: expected true or false here").endsWith(TRUE_FALSE);
        }
    }

    @Test
    void bareTrueAndFalse_areRead() {
        assertThat(TestRules.scenario(yamlWithCfsp("true")).packages().get(0).cfsp()).isTrue();
        assertThat(TestRules.scenario(yamlWithCfsp("false")).packages().get(0).cfsp()).isFalse();
        assertThat(TestRules.scenario(TestRules.write("ok.json", jsonWithCfsp("true"))).packages().get(0).cfsp()).isTrue();
    }

    @Test
    void yesAsTitle_staysText() {
        String yaml = "name: x\ndate: 2024-03-01\npackages:\n  - id: p\n    forum: eu-council\n    title: yes\n"
                + "    positions: { default: support }\n";
        assertThat(TestRules.scenario(yaml).packages().get(0).title()).isEqualTo("yes");
    }

    private static String jsonWithAmount(String amount) {
        return "{\"name\": \"x\", \"date\": \"2024-03-01\",\n \"packages\": [{\"id\": \"p\", \"forum\": \"eu-council\","
                + " \"amount\": " + amount + ", \"positions\": {\"default\": \"support\"}}]}\n";
    }

    @Test
    void jsonNaNAndInfinity_areRefusedInPlainWords() {
        for (String token : List.of("NaN", "Infinity", "-Infinity")) {
            assertThat(jsonProblems(jsonWithAmount(token))).as(token).singleElement().asString().startsWith("bad.json:2:")
                    .endsWith(": malformed JSON: '" + token + "' is not a number aidsim reads: write a plain decimal such as 1500000 or 0.5");
        }
    }

    @Test
    void jsonLeadingPlus_isRefusedInPlainWords() {
        assertThat(jsonProblems(jsonWithAmount("+1"))).singleElement().asString().startsWith("bad.json:2:")
                .endsWith("malformed JSON: a number starts with +, which is not written: write the number without the plus sign");
    }

    @Test
    void jsonComment_isRefusedSayingJsonHasNoComments() {
        assertThat(jsonProblems("{\"name\": \"x\", // the name\n \"date\": \"2024-03-01\"}\n")).singleElement().asString().startsWith("bad.json:1:").endsWith(
                "malformed JSON: a comment (// or /*): JSON has no comments; remove it, or use YAML for comments (# ...)");
    }

    @Test
    void malformedJson_neverNamesJacksonFeaturesOrClasses() {
        List<String> inputs = List.of(jsonWithAmount("NaN"), jsonWithAmount("Infinity"), jsonWithAmount("+1"),
                jsonWithAmount("01"), jsonWithAmount(".5"), jsonWithAmount("'1'"), jsonWithCfsp("1"), jsonWithCfsp("\"yes\""),
                "{\"name\": \"x\" /* c */}", "{\"name\": \"x\",}", "{name: 1}", "{\"name\": \"a\nb\"}", "{\"a\": [1,,2]}");
        for (String input : inputs) {
            assertThat(jsonProblems(input)).as(input).isNotEmpty().allSatisfy(problem -> assertThat(problem)
                    .doesNotContain("Feature", "Json", "java.", "Exception", "`"));
        }
    }

    @Test
    void featureAdvice_isStrippedFromAnyMessage() {
        assertThat(DocumentReader.inPlainWords("Unexpected character: enable `JsonReadFeature.ALLOW_SOMETHING` to allow"))
                .isEqualTo("Unexpected character");
        assertThat(DocumentReader.inPlainWords("Unexpected x (not recognized as one since Feature 'ALLOW_X' not enabled for parser)"))
                .isEqualTo("Unexpected x");
    }
}
