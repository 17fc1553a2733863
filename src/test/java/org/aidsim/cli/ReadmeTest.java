package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aidsim.TestRules;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md cannot drift from the program: every ```yaml block is a complete scenario that meets its own
 * {@code expect} block, and every {@code ./aidsim ...} command (in shell blocks, in output blocks after
 * {@code $ }, and in inline code) runs in-process through {@link Main#commandLine()} with the exit code the README
 * implies: 0, or N when a shell comment after it starts with "exit N" or "exits N" ({@code ./aidsim test empty/
 * # exits 2: ...}). A command this test cannot run as written fails it; the few it handles differently are named in
 * {@link #NOT_RUN_AS_WRITTEN} with the reason, and each must still appear in the README.
 */
class ReadmeTest {
    private static final Path README = Path.of("README.md");

    /** The shell lines of the README that are not {@code ./aidsim} commands, each with how this test honours it. */
    private static final Map<String, String> OTHER_SHELL_LINES = Map.of(
            "mvn -B verify", "the build that runs this test",
            "cp -r rules my-rules", "done by copyRules before the commands that name my-rules");

    /**
     * Commands not run exactly as written, and what runs instead. {@code bench} measures throughput for minutes
     * (warm-ups of 8 s and more per figure, longer on a loaded machine), which a test suite must not do; its
     * help shows that the command exists and parses.
     */
    private static final Map<String, List<String>> NOT_RUN_AS_WRITTEN = Map.of(
            "./aidsim bench", List.of("bench", "--help"));

    /** A README edit to a copied rules folder, as the comment in its shell block states it. */
    private static final Pattern RULES_EDIT = Pattern.compile(
            "# in my-rules/parameters\\.yaml, under ([a-z-]+):\\s+(.*)");

    private static final Pattern INLINE_COMMAND = Pattern.compile("`(\\./aidsim [^`]+)`");

    /** A comment that states the exit code of the command before it. */
    private static final Pattern EXIT_COMMENT = Pattern.compile("#\\s*exits? (\\d+)\\b");

    record Block(String language, int line, String text) {}

    record Command(int line, String text, int exitCode) {}

    @Test
    void readmeYamlBlocks_allRunAndMeetTheirExpect(@TempDir Path dir) throws IOException {
        List<Block> yaml = blocks().stream().filter(b -> b.language().equals("yaml")).toList();
        assertThat(yaml).as("yaml blocks in README.md").hasSizeGreaterThanOrEqualTo(3);
        SoftAssertions softly = new SoftAssertions();
        for (Block block : yaml) {
            String where = "README.md:" + block.line() + " (yaml block)";
            softly.assertThat(block.text()).as(where + " has an expect block").containsPattern("(?m)^expect:");
            Path file = Files.writeString(dir.resolve("readme-" + block.line() + ".yaml"), block.text());
            CliRun run = CliRun.of("test", file.toString());
            softly.assertThat(run.exitCode()).as(where + "\n" + run.out() + run.err()).isEqualTo(ExitCodes.OK);
            softly.assertThat(run.out()).as(where).contains("1 passed, 0 failed");
        }
        softly.assertAll();
    }

    @Test
    void readmeCommands_allRunWithTheExitCodeTheReadmeImplies(@TempDir Path dir) throws IOException {
        List<Command> commands = commands();
        assertThat(commands).as("./aidsim commands in README.md").hasSizeGreaterThanOrEqualTo(10);
        Set<String> ran = new HashSet<>();
        Path myRules = copyRules(dir.resolve("my-rules"));
        SoftAssertions softly = new SoftAssertions();
        for (Command command : commands) {
            if (!ran.add(command.text() + " # " + command.exitCode())) {
                continue;  // the same command again (the speed table lists ./aidsim bench per figure)
            }
            List<String> args = args(command, myRules);
            CliRun run = CliRun.of(args.toArray(String[]::new));
            String where = "README.md:" + command.line() + ": " + command.text() + " (ran as " + args + ")";
            softly.assertThat(run.exitCode()).as(where + "\n" + run.err()).isEqualTo(command.exitCode());
            softly.assertThat(run.err()).as(where).doesNotContain("Exception", "\tat ");
        }
        softly.assertAll();
    }

    @Test
    void readmeRulesCopy_blocksAllThreePackagesAndShowsTheUnmetExpectation(@TempDir Path dir) throws IOException {
        Path myRules = copyRules(dir.resolve("my-rules"));
        Command run = commands().stream().filter(c -> c.text().startsWith("./aidsim run --rules my-rules ")).findFirst()
                .orElseThrow(() -> new AssertionError("README.md no longer runs a scenario with --rules my-rules"));
        CliRun result = CliRun.of(args(run, myRules).toArray(String[]::new));
        assertThat(result.out().split("BLOCKED", -1)).as("BLOCKED rows").hasSize(4);
        assertThat(result.out()).contains("expect: NOT MET", "eight-above-a-third.passed: expected true, got false");
        assertThat(readme()).contains("expect: NOT MET\n    eight-above-a-third.passed: expected true, got false");
        assertThat(CliRun.of("check", "--rules", myRules.toString()).out()).containsPattern("rules: \\d+ rules compile");
    }

    @Test
    void readmeShellLines_areAidsimCommandsOrKnownSetup() {
        SoftAssertions softly = new SoftAssertions();
        for (Block block : blocks()) {
            if (!block.language().equals("sh")) {
                continue;
            }
            int n = block.line();
            for (String line : block.text().split("\n")) {
                n++;
                String command = withoutComment(line);
                if (command.isEmpty() || command.startsWith("./aidsim ")) {
                    continue;
                }
                softly.assertThat(OTHER_SHELL_LINES).as("README.md:" + n + ": " + line
                        + " is neither an ./aidsim command nor a setup step this test performs").containsKey(command);
            }
        }
        softly.assertThat(readme()).as("the rules edit the test applies").containsPattern(RULES_EDIT);
        NOT_RUN_AS_WRITTEN.keySet().forEach(c -> softly.assertThat(commands()).extracting(Command::text)
                .as("a command handled specially must still be in README.md").contains(c));
        softly.assertAll();
    }

    /** The words of a README command, as the shell would pass them, with placeholders and prepared files resolved. */
    private static List<String> args(Command command, Path myRules) {
        List<String> special = NOT_RUN_AS_WRITTEN.get(command.text());
        if (special != null) {
            return special;
        }
        List<String> words = shellWords(command.text());
        List<String> args = new ArrayList<>();
        for (String word : words.subList(1, words.size())) {
            if (word.matches("\\[[A-Z]+]")) {
                continue;  // an optional argument shown as [FILES]: the command runs without it
            }
            args.add(word.equals("my-rules") ? myRules.toString() : word);
        }
        return args;
    }

    /** {@code cp -r rules my-rules} and the edit that the README's comment describes. */
    private static Path copyRules(Path target) throws IOException {
        TestRules.copyRules(target);
        Matcher edit = RULES_EDIT.matcher(readme());
        assertThat(edit.find()).as("README.md describes the edit to my-rules/parameters.yaml").isTrue();
        Path parameters = target.resolve("parameters.yaml");
        String text = Files.readString(parameters);
        int section = text.indexOf("  " + edit.group(1) + ":");
        assertThat(section).as("parameters.yaml has " + edit.group(1)).isNotNegative();
        Matcher pair = Pattern.compile("([a-z-]+): (\\S+)").matcher(edit.group(2));
        while (pair.find()) {
            // The leaf's first dated value, under its values: (parameters.yaml keeps values by date).
            Matcher leaf = Pattern.compile("(?m)^\\s+" + pair.group(1) + ":\\s*$").matcher(text);
            assertThat(leaf.find(section)).as(edit.group(1) + "." + pair.group(1) + " in parameters.yaml").isTrue();
            Matcher line = Pattern.compile("(?m)^(\\s+\\d{4}-\\d{2}-\\d{2}: )\\S+").matcher(text);
            assertThat(line.find(leaf.end())).as("a dated value of " + edit.group(1) + "." + pair.group(1)).isTrue();
            text = text.substring(0, line.start()) + line.group(1) + pair.group(2) + text.substring(line.end());
        }
        Files.writeString(parameters, text);
        return target;
    }

    private static String readme() {
        try {
            return Files.readString(README, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fenced blocks, with their language ("" when none) and the line of their opening fence. */
    static List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        String[] lines = readme().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("```")) {
                int start = i;
                StringBuilder text = new StringBuilder();
                while (++i < lines.length && !lines[i].startsWith("```")) {
                    text.append(lines[i]).append('\n');
                }
                blocks.add(new Block(lines[start].substring(3).trim(), start + 1, text.toString()));
            }
        }
        return blocks;
    }

    /** Every {@code ./aidsim} command with at least one argument: in code blocks (after an optional "$ ") and inline. */
    static List<Command> commands() {
        List<Command> commands = new ArrayList<>();
        String[] lines = readme().split("\n", -1);
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (fenced) {
                String shell = line.startsWith("$ ") ? line.substring(2) : line;
                String command = withoutComment(shell);
                if (command.startsWith("./aidsim ")) {
                    Matcher exit = EXIT_COMMENT.matcher(shell.substring(shell.indexOf(command) + command.length()).trim());
                    int code = exit.lookingAt() ? Integer.parseInt(exit.group(1)) : ExitCodes.OK;
                    commands.add(new Command(i + 1, command, code));
                }
            } else {
                Matcher inline = INLINE_COMMAND.matcher(line);
                while (inline.find()) {
                    commands.add(new Command(i + 1, inline.group(1).trim(), ExitCodes.OK));
                }
            }
        }
        return commands;
    }

    /** The line without a trailing shell comment (a # after whitespace, outside quotes), trimmed. */
    private static String withoutComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == '#' && !quoted && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i).trim();
            }
        }
        return line.trim();
    }

    /** Splits on blanks, keeping quoted text ('...' or "...") as one word, as a POSIX shell does. */
    private static List<String> shellWords(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean any = false;
        for (char c : command.toCharArray()) {
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
                any = true;
            } else if (c == quote) {
                quote = 0;
            } else if (Character.isWhitespace(c) && quote == 0) {
                if (any) {
                    words.add(word.toString());
                    word.setLength(0);
                    any = false;
                }
            } else {
                word.append(c);
                any = true;
            }
        }
        if (quote != 0) {
            throw new AssertionError("unbalanced quote in README command: " + command);
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
