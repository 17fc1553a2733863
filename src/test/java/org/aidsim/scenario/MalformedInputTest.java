package org.aidsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aidsim.TestRules;
import org.aidsim.model.Institutions;
import org.junit.jupiter.api.Test;

/**
 * Feeds the scenario reader mutations of every shipped scenario (truncations at every other line and at random bytes,
 * byte and bit flips, values swapped for values of other types, deleted, duplicated and swapped lines, changed
 * indentation, stray YAML punctuation, and several of these at once) and asserts that each input either reads or
 * is refused with problems that carry a place, never with an exception text or a Java class name, and never hangs.
 * The corpus comes from a fixed seed, so every run reads the same inputs; a failure names the mutation to replay.
 */
class MalformedInputTest {
    private static final long SEED = 20_240_318L;
    private static final int RANDOM_PER_FILE = 40;
    private static final Duration HANG_GUARD = Duration.ofMinutes(5);
    /** Words that show an exception's text leaked through instead of a message written for a user. */
    private static final Pattern LEAK = Pattern.compile("java\\.|javax\\.|com\\.fasterxml|org\\.yaml|org\\.aidsim|snakeyaml"
            + "|jackson|exception|JsonNode|FAIL_ON|DeserializationFeature|StreamReadConstraints|Input length|\\(of type"
            + "|START_OBJECT|END_OBJECT|START_ARRAY|END_ARRAY|VALUE_[A-Z_]+|FIELD_NAME|Cannot deserialize"
            + "|Cannot construct|\\bnull\\b \\(", Pattern.CASE_INSENSITIVE);
    /** A nested class's name (Outer$Inner); one the input itself contains is the user's own text echoed back. */
    private static final Pattern INNER_CLASS = Pattern.compile("[A-Za-z0-9_]*\\$[A-Za-z][A-Za-z0-9_]*");
    /** Problems that concern the whole file, whose place is the file itself. */
    private static final Set<String> WHOLE_FILE = Set.of("the file is empty; expected a document", "the file holds no document");
    private static final List<String> OTHER_TYPES = List.of("[1, 2]", "{a: 1}", "true", "null", "~", "42", "-1", "0.5",
            "\"text\"", "''", "2024-13-45", "1e400", "0x1F", ".inf", "&a x", "*a", "!!binary aGk=", "[[[[", "}", "- x",
            "{items: -3}", "{support-if: }", "|", ">", "\"1,5 million EUR\"", "99999999999999999999", "@x", "%YAML 1.2");
    private static final List<String> PUNCTUATION = List.of(":", "-", "{", "}", "[", "]", "\"", "'", "#", "&", "*", "!",
            "|", ">", "%", "@", "`", "\t", ",", "?", "---", "...", "\u0000", "\u00e9", "\ufeff");

    /** The input being read, named when the hang guard fires. */
    private static volatile String current;

    private record Input(String description, byte[] bytes) {
    }

    @Test
    void everyMutationOfEveryShippedScenario_readsOrIsRefusedWithLocatedProblems() throws IOException {
        Institutions institutions = TestRules.rules().institutions();
        List<Path> shipped;
        try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
            shipped = walk.filter(Files::isRegularFile).filter(ScenarioFiles::isScenarioFile).sorted().toList();
        }
        Path file = Files.createTempDirectory("aidsim-malformed").resolve("input.yaml");
        SplittableRandom random = new SplittableRandom(SEED);
        List<Input> corpus = new ArrayList<>();
        for (Path source : shipped) {
            corpus.addAll(corpus(source, Files.readAllBytes(source), random));
        }
        List<String> failures = new ArrayList<>();
        // One guard around the whole corpus (a thread per input costs more than the reading on a loaded machine); a
        // hang fails the test naming the input being read.
        int read = assertTimeoutPreemptively(HANG_GUARD, () -> {
            int ok = 0;
            for (Input input : corpus) {
                current = input.description();
                Files.write(file, input.bytes());
                String failure = judge(file, institutions);
                if (failure == null) {
                    ok++;
                } else if (!failure.isEmpty()) {
                    failures.add(input.description() + ": " + failure);
                }
            }
            return ok;
        }, () -> "no answer within " + HANG_GUARD + "; still reading " + current);
        int count = corpus.size();
        System.out.printf("malformed-input corpus: %d inputs from %d shipped scenarios (seed %d): %d read, %d refused%n",
                count, shipped.size(), SEED, read, count - read);
        assertThat(failures).as("inputs answered with something other than located problems").isEmpty();
        assertThat(shipped).hasSizeGreaterThan(30);
        assertThat(count).isGreaterThan(2_000);
    }

    /** Null when the input reads, "" when it is refused properly, else what is wrong with the answer. */
    private static String judge(Path file, Institutions institutions) {
        try {
            ScenarioLoader.load(file, institutions);
            return null;
        } catch (InputException e) {
            for (Problem p : e.problems()) {
                if (!p.file().equals(file.toString())) {
                    return "problem names another file: " + p;
                }
                if (p.line() <= 0 && p.field().isEmpty() && !WHOLE_FILE.contains(p.message())) {
                    return "problem without a place: " + p;
                }
                // a match the input itself holds is the user's own text echoed back ('... exceptional MFA loan ...')
                if (notInInput(LEAK, p.message(), file) || LEAK.matcher(p.field()).find()
                        || notInInput(INNER_CLASS, p.message() + " " + p.field(), file)) {
                    return "exception text in the message: " + p;
                }
            }
            return "";
        } catch (RuntimeException | StackOverflowError e) {
            return "threw " + e;
        }
    }

    /** Whether {@code text} holds a match of {@code pattern} that the input file does not hold, letter for letter. */
    private static boolean notInInput(Pattern pattern, String text, Path file) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return false;
        }
        try {
            String input = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            do {
                if (!input.contains(m.group())) {
                    return true;
                }
            } while (m.find());
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Every mutation of one file: a truncation at every other line end, then random single and stacked mutations. */
    private static List<Input> corpus(Path source, byte[] original, SplittableRandom random) {
        List<Input> out = new ArrayList<>();
        int lines = 0;
        for (int i = 0; i < original.length; i++) {
            if (original[i] == '\n' && lines++ % 2 == 0) {
                out.add(new Input(source + " truncated at byte " + i, Arrays.copyOf(original, i)));
            }
        }
        for (int i = 0; i < RANDOM_PER_FILE; i++) {
            byte[] bytes = original;
            StringBuilder description = new StringBuilder(source.toString());
            int stacked = i % 4 == 3 ? 3 : 1;
            for (int k = 0; k < stacked; k++) {
                Mutation m = Mutation.values()[random.nextInt(Mutation.values().length)];
                long at = random.nextLong(Long.MAX_VALUE);
                int pick = random.nextInt(1_000);
                bytes = m.apply(bytes, at, pick);
                description.append(' ').append(m).append('(').append(at).append(',').append(pick).append(')');
            }
            out.add(new Input(description.toString(), bytes));
        }
        return out;
    }

    /** One way to damage a file; {@code at} chooses the place and {@code pick} the replacement. */
    private enum Mutation {
        TRUNCATE((b, at, pick) -> Arrays.copyOf(b, (int) (at % (b.length + 1)))),
        FLIP_BYTE(onByte((old, pick) -> (byte) pick)),
        FLIP_BIT(onByte((old, pick) -> (byte) (old ^ (1 << (pick % 8))))),
        SWAP_TYPE((b, at, pick) -> {
            List<String> lines = lines(b);
            List<Integer> values = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("\\s*(- )?[A-Za-z0-9_-]+: \\S.*")) {
                    values.add(i);
                }
            }
            if (values.isEmpty()) {
                return b;
            }
            int i = values.get((int) (at % values.size()));
            String line = lines.get(i);
            lines.set(i, line.substring(0, line.indexOf(": ") + 2) + OTHER_TYPES.get(pick % OTHER_TYPES.size()));
            return join(lines);
        }),
        DELETE_LINE(onLine((lines, i, pick) -> lines.remove(i))),
        DUPLICATE_LINE(onLine((lines, i, pick) -> lines.add(i, lines.get(i)))),
        SWAP_LINES(onLine((lines, i, pick) -> Collections.swap(lines, i, pick % lines.size()))),
        INDENT(onLine((lines, i, pick) -> lines.set(i, pick % 2 == 0 ? "  " + lines.get(i) : lines.get(i).replaceFirst("^ {1,2}", "")))),
        PUNCTUATE((b, at, pick) -> {
            String text = new String(b, StandardCharsets.UTF_8);
            int i = (int) (at % (text.length() + 1));
            return (text.substring(0, i) + PUNCTUATION.get(pick % PUNCTUATION.size()) + text.substring(i))
                    .getBytes(StandardCharsets.UTF_8);
        });

        private final Damage damage;

        Mutation(Damage damage) {
            this.damage = damage;
        }

        byte[] apply(byte[] bytes, long at, int pick) {
            return damage.apply(bytes, at, pick);
        }

        private static Damage onByte(ByteChange change) {
            return (b, at, pick) -> {
                if (b.length == 0) {
                    return b;
                }
                byte[] out = b.clone();
                int i = (int) (at % b.length);
                out[i] = change.apply(b[i], pick);
                return out;
            };
        }

        private static Damage onLine(LineChange change) {
            return (b, at, pick) -> {
                List<String> lines = lines(b);
                change.apply(lines, (int) (at % lines.size()), pick);
                return join(lines);
            };
        }

        private static List<String> lines(byte[] b) {
            return new ArrayList<>(Arrays.asList(new String(b, StandardCharsets.UTF_8).split("\n", -1)));
        }

        private static byte[] join(List<String> lines) {
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }
    }

    private interface Damage {
        byte[] apply(byte[] bytes, long at, int pick);
    }

    private interface ByteChange {
        byte apply(byte old, int pick);
    }

    private interface LineChange {
        void apply(List<String> lines, int index, int pick);
    }
}
