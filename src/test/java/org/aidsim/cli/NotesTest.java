package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, item 6: every place aidsim reads an input otherwise than it was written is a note in the default text
 * output (a "notes:" block under the table) and in JSON ("notes"), and every header names the rules folder.
 */
class NotesTest {
    private static final String FACILITY = "scenarios/eu/ukraine-facility-2023-12.yaml";
    private static final String NINE = "DE FR IT ES PL RO NL BE CZ";

    @TempDir
    Path dir;

    private String write(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file.toString();
    }

    /** Nine members holding over a third of the EU's population constructively abstain on a package. */
    private String nineAbstainers(boolean cfsp) throws IOException {
        StringBuilder positions = new StringBuilder("      default: support\n");
        for (String m : NINE.split(" ")) {
            positions.append("      ").append(m).append(": constructive-abstain\n");
        }
        return write(cfsp ? "cfsp.yaml" : "plain.yaml", """
                name: Nine members holding a third of the population constructively abstain
                date: 2024-03-18
                packages:
                  - id: p
                    forum: eu-council
                    rule: unanimity
                    cfsp: %s
                    positions:
                %s""".formatted(cfsp, positions));
    }

    @Test
    void nonCfspConstructiveAbstention_isNotedInTextAndJson() throws IOException {
        CliRun text = CliRun.of("run", nineAbstainers(false));
        assertThat(text.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(text.out()).contains("  p        eu-council  unanimity  ADOPTED")
                .contains("\n  notes:\n")
                .contains("    - p: constructive-abstain counted as abstain (BE CZ DE ES FR IT NL PL RO): constructive "
                        + "abstention exists only in CFSP decisions taken by unanimity (Art. 31(1) TEU): a plain "
                        + "abstention, which binds\n");
        assertThat(text.out().indexOf("  notes:")).isGreaterThan(text.out().indexOf("ADOPTED"));
        JsonNode json = json(CliRun.of("run", "--format", "json", nineAbstainers(false)).out());
        assertThat(json.get("notes")).anySatisfy(n -> assertThat(n.asText())
                .startsWith("p: constructive-abstain counted as abstain (BE CZ DE ES FR IT NL PL RO): "));
    }

    @Test
    void cfspConstructiveAbstentionOfAThird_blocksWithoutANote() throws IOException {
        CliRun run = CliRun.of("run", nineAbstainers(true));
        assertThat(run.out()).contains("BLOCKED").doesNotContain("counted as");
    }

    @Test
    void mandatoryOptOut_isNotedAsAnObjection() throws IOException {
        String file = write("mandatory.yaml", """
                name: An ally opts out of a package every ally must take part in
                date: 2024-07-10
                packages:
                  - id: baseline-pledge
                    forum: nato
                    participation: mandatory
                    positions: { HU: opt-out }
                """);
        CliRun run = CliRun.of("run", file);
        assertThat(run.out()).contains("BLOCKED").contains("    - baseline-pledge: opt-out counted as oppose (HU): "
                + "participation is mandatory, so staying out is an objection (participation: voluntary lets a member "
                + "stay out)\n");
    }

    @Test
    void emptyRule_isNotedWithTheForumDefault() throws IOException {
        String file = write("empty-rule.yaml", """
                name: A package whose rule is written but left empty
                date: 2024-03-18
                packages:
                  - id: p
                    forum: european-council
                    rule:
                    participation:
                """);
        CliRun run = CliRun.of("run", file);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("    - packages[0].rule is empty: read as european-council's default rule, unanimity\n",
                "    - packages[0].participation is empty: read as mandatory\n");
        assertThat(json(CliRun.of("run", "--format", "json", file).out()).get("notes").toString())
                .contains("packages[0].rule is empty: read as european-council's default rule, unanimity");
    }

    @Test
    void emptyFieldAnywhere_isNotedAsLeftOut() throws IOException {
        String file = write("empty-expect.yaml", """
                name: An expectation of blockers written but left empty
                date: 2024-03-18
                packages:
                  - id: p
                    forum: european-council
                    positions: { HU: oppose }
                expect:
                  p:
                    blockers:
                """);
        assertThat(CliRun.of("run", file).out()).contains("    - expect.p.blockers is empty: read as if it were left out\n");
    }

    @Test
    void omittedRule_takesTheDefaultWithoutANote() throws IOException {
        String file = write("no-rule.yaml", """
                name: A package that leaves its rule out
                date: 2024-03-18
                packages:
                  - id: p
                    forum: european-council
                """);
        assertThat(CliRun.of("run", file).out()).doesNotContain("is empty");
    }

    @Test
    void timelineOverSwedensAccession_notesThatTheRosterStaysAsOnTheScenarioDate() throws IOException {
        String file = write("nato-timeline.yaml", """
                name: A NATO decision on a timeline that runs past Sweden's accession
                date: 2024-01-01
                end: 2024-06-30
                packages:
                  - id: plan
                    forum: nato
                    positions: { HU: oppose }
                events:
                  - { date: 2024-04-01, package: plan, member: HU, position: support }
                """);
        CliRun run = CliRun.of("run", file);
        assertThat(run.out()).contains("    - nato: the 31 members seated on the scenario's date decide throughout; "
                + "SE joins on 2024-03-07, by 2024-06-30, the last date decided on, and takes no part\n");
        assertThat(CliRun.of("pivots", "--as-of", "2024-05-01", file).out()).contains("    - nato: the 31 members "
                + "seated on the scenario's date decide throughout; SE joins on 2024-03-07, by 2024-04-01, the last date "
                + "decided on, and takes no part\n");
        assertThat(CliRun.of("run", "--as-of", "2024-02-01", file).out()).doesNotContain("SE joins");
    }

    @Test
    void timelineWithoutARosterChange_hasNoRosterNote() {
        assertThat(CliRun.of("run", "scenarios/disbursement/ukraine-facility-2024.yaml").out())
                .doesNotContain("seated on the scenario's date");
    }

    @Test
    void sameKindForManyMembers_isOneNoteListingThemInOrder() throws IOException {
        List<String> notes = new ArrayList<>();
        json(CliRun.of("run", "--format", "json", nineAbstainers(false)).out()).get("notes").forEach(n -> notes.add(n.asText()));
        assertThat(notes).filteredOn(n -> n.contains("counted as")).hasSize(1);
        assertThat(notes).doesNotHaveDuplicates();
        assertThat(CliRun.of("run", nineAbstainers(false)).out()).isEqualTo(CliRun.of("run", nineAbstainers(false)).out());
    }

    @Test
    void objectionOfAnExemptMember_isNotedAsSetAside() {
        CliRun run = CliRun.of("run", "scenarios/disbursement/synthetic/implementing-veto-and-exemption.yaml");
        assertThat(run.out()).contains(": objection to implementing set aside (");
    }

    @Test
    void everyReportHeader_namesTheRulesFolder() {
        assertThat(CliRun.of("run", FACILITY).out().lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("  scenarios/eu/ukraine-facility-2023-12.yaml · 2023-12-14 · rules from rules/");
        assertThat(json(CliRun.of("run", "--format", "json", FACILITY).out()).get("rules").asText()).isEqualTo("rules/");
        assertThat(CliRun.of("pivots", FACILITY).out()).contains(" · 2023-12-14 · rules from rules/\n");
        assertThat(json(CliRun.of("pivots", "--format", "json", FACILITY).out()).get("rules").asText()).isEqualTo("rules/");
        assertThat(CliRun.of("sweep", FACILITY, "--vary", "HU").out()).contains(" profiles (every combination) · rules from rules/\n");
        assertThat(json(CliRun.of("sweep", FACILITY, "--vary", "HU", "--format", "json").out()).get("rules").asText())
                .isEqualTo("rules/");
        assertThat(CliRun.of("diff", FACILITY, FACILITY).out()).contains("(both runs: rules from rules/)\n");
        assertThat(CliRun.of("test", "-v", FACILITY).out()).startsWith("rules from rules/\n");
        assertThat(CliRun.of("run", "--rules", "rules", FACILITY).out()).contains(" · rules from rules/\n");
    }

    @Test
    void pivotsAndSweep_printTheNotesOfWhatTheyRead() {
        String oneVote = "src/test/resources/fixtures/ukraine-facility-one-vote-2023-12.yaml";
        assertThat(CliRun.of("pivots", "--set", "ukraine-facility.positions.SK=constructive-abstain", oneVote).out())
                .contains("  notes:\n", "ukraine-facility: constructive-abstain counted as abstain (SK): ");
        assertThat(CliRun.of("sweep", oneVote, "--vary", "SK", "--over", "support,constructive-abstain").out())
                .contains("ukraine-facility: constructive-abstain counted as abstain (SK): ");
        assertThat(CliRun.of("diff", oneVote, "--set", "ukraine-facility.positions.SK=constructive-abstain").out())
                .contains("notes: + ukraine-facility: constructive-abstain counted as abstain (SK): ");
    }

    @Test
    void runFromAnotherFolder_namesThePackagedRulesAndNotesIt() throws Exception {
        Path scenario = Path.of(FACILITY).toAbsolutePath();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", scenario.toString());
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(out).contains(" · 2023-12-14 · rules packaged in aidsim ")
                .contains("    - no rules/ folder in " + dir.toRealPath() + " and no --rules DIR: the rules packaged in aidsim ");
    }

    @Test
    void natoIn1940UnderThePackagedRules_citesThePackagedRosterNotRulesFolder() throws Exception {
        Path scenario = Files.writeString(dir.resolve("nato-1940.yaml"),
                "name: x\ndate: 1940-01-01\npackages:\n  - id: p\n    forum: nato\n    positions: { default: support }\n");
        Path country = Files.writeString(dir.resolve("xx.yaml"),
                "name: x\ndate: 2024-06-14\npackages:\n  - id: p\n    forum: nato\n    positions: { default: support, XX: oppose }\n");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check", scenario.toString(), country.toString());
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(out).contains("nato has no members on 1940-01-01 (the packaged rules' reference/nato.yaml); ",
                        "(the packaged rules' reference/countries.yaml lists them)")
                .doesNotContain("rules/reference/");
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError(text, e);
        }
    }
}
