package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aidsim.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run --format NAME with a format file rules/formats/NAME.yaml: a new rendering without Java. */
class FormatFileTest {
    private static final String FACILITY = "src/test/resources/fixtures/ukraine-facility-one-vote-2023-12.yaml";
    private static final String FUND = "scenarios/eu/ukraine-assistance-fund.yaml";

    @TempDir
    Path dir;

    @Test
    void shippedMarkdownFormat_printsEachFilesPackagesAsATable() {
        CliRun run = CliRun.of("run", "--format", "markdown", FACILITY, FUND);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("""
                ### European Council of December 2023 fails to agree the Ukraine Facility

                `src/test/resources/fixtures/ukraine-facility-one-vote-2023-12.yaml` · 2023-12-14 · rules: rules/

                | package | forum | rule | outcome | blockers | reasons |
                |---|---|---|---|---|---|
                | ukraine-facility | european-council | unanimity | blocked | HU | vetoed by HU |

                ### The Council creates""")
                .endsWith("""
                | ukraine-assistance-fund | eu-council | stages | adopted |  | adopted in stages: all 1 stages adopted, the last due on 2024-03-18 |
                """);
    }

    @Test
    void newFormatFile_isFoundByNameWithoutJava() throws IOException {
        Path rules = TestRules.copyRules(dir.resolve("rules"));
        Files.writeString(rules.resolve("formats/votes.yaml"), """
                header: "{/scenario}: {/packages/0/votes}\\n"
                rows: /packages
                row: "{/id};{/votes/oppose};{/votes/abstain?};{/amount};{{braces}}"
                footer: "end of {/file}\\n"
                """);
        CliRun run = CliRun.of("run", "--rules", rules.toString(), "--format", "votes", FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("European Council of December 2023 fails to agree the Ukraine Facility: "
                + "{\"oppose\":[\"HU\"],\"support\":[\"AT\",\"BE\",\"BG\",\"CY\",\"CZ\",\"DE\",\"DK\",\"EE\",\"EL\",\"ES\",\"FI\","
                + "\"FR\",\"HR\",\"IE\",\"IT\",\"LT\",\"LU\",\"LV\",\"MT\",\"NL\",\"PL\",\"PT\",\"RO\",\"SE\",\"SI\",\"SK\"]}\n"
                + "ukraine-facility;HU;;50000000000;{braces}\n"
                + "end of " + FACILITY + "\n");
    }

    @Test
    void headerAndFooterWithoutANewline_stillEndTheirLine() throws IOException {
        Path rules = TestRules.copyRules(dir.resolve("rules"));
        Files.writeString(rules.resolve("formats/tsv.yaml"), """
                header: "package\\toutcome"
                rows: /packages
                row: "{/id}\\t{/outcome}"
                footer: "--"
                """);
        CliRun run = CliRun.of("run", "--rules", rules.toString(), "--format", "tsv", FACILITY);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("package\toutcome\nukraine-facility\tblocked\n--\n");
    }

    @Test
    void unknownFormatName_isAUsageErrorListingTheFormatFiles() {
        CliRun run = CliRun.of("run", "--format", "xml", FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("aidsim: run --format xml: not an output format; expected text, json, jsonl or the name "
                + "of a format file in rules" + java.io.File.separator + "formats (markdown)\n");
    }

    @Test
    void wrongFormatFile_isRefusedBeforeRunningWithEveryProblemLocated() throws IOException {
        Path rules = TestRules.copyRules(dir.resolve("rules"));
        Path file = rules.resolve("formats/bad.yaml");
        Files.writeString(file, """
                header: "x {id}\\n"
                rows: packages
                row: |
                  {/id}
                colour: red
                """);
        CliRun run = CliRun.of("run", "--rules", rules.toString(), "--format", "bad", FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(String.join("\n",
                file + ":1:9: header: '{id}' at character 3 is not a placeholder; write {/field} (a JSON pointer, such as {/id} "
                        + "or {/votes/oppose}), {/field?} when it may be absent, or {{ for a brace",
                file + ":2:7: rows: 'packages' is not a JSON pointer; write one starting with /, such as /packages",
                file + ":3:6: row: a row is one line (each row is printed on a line of its own); remove the line break "
                        + "(a YAML | block ends in one: write |- or quote the text)",
                file + ":5:1: colour: unknown field; expected one of description, header, rows, row, footer, between", ""));
    }

    @Test
    void placeholderWithoutValue_isRefusedAtItsFieldWithTheFieldsThere() throws IOException {
        Path rules = TestRules.copyRules(dir.resolve("rules"));
        Path file = rules.resolve("formats/typo.yaml");
        Files.writeString(file, "rows: /packages\nrow: \"{/amont}\"\n");
        CliRun run = CliRun.of("run", "--rules", rules.toString(), "--format", "typo", FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(file + ":2:6: row: {/amont} has no value in /packages/0 of the JSON document of " + FACILITY
                + " (fields there: id, title, forum, rule, participation, amount, passed, outcome, blockers, exempt, dependsOn, "
                + "reasons, rules, votes); write {/amont?} to print nothing when it is absent\n");
    }

    @Test
    void builtInName_winsOverAFormatFileOfThatName() throws IOException {
        Path rules = TestRules.copyRules(dir.resolve("rules"));
        Files.writeString(rules.resolve("formats/json.yaml"), "rows: /packages\nrow: \"{/id}\"\n");
        assertThat(CliRun.of("run", "--rules", rules.toString(), "--format", "json", FACILITY).out()).startsWith("{\n");
    }
}
