package org.aidsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.aidsim.TestRules;
import org.junit.jupiter.api.Test;

/** Files that cannot be read as a scenario, each refused with a plain message and its place: never an exception text. */
class InputFilesTest {
    /** The problems reading {@code file} gives, the file's folder shown as "dir". */
    private static List<String> problems(Path file) {
        try {
            DocumentReader.read(file);
        } catch (InputException e) {
            return e.problems().stream().map(p -> p.toString().replace(file.getParent().toString(), "dir")).toList();
        }
        throw new AssertionError("expected " + file + " to be refused");
    }

    private static Path bytes(String name, byte[] content) throws IOException {
        Path file = TestRules.write(name, "");
        Files.write(file, content);
        return file;
    }

    @Test
    void accessDenied_isPermissionDeniedWithThePath() {
        Problem problem = InputFiles.problem(Path.of("scenarios"), new AccessDeniedException("scenarios/secret"));
        assertThat(problem).hasToString("scenarios/secret: permission denied; aidsim needs read access here");
    }

    @Test
    void unreadableSubfolderDuringTheWalk_isPermissionDeniedAndTheWalkGoesOn() {
        // Root reads a chmod 000 folder, so the walk's failure callback is driven directly as the JDK drives it.
        List<Problem> problems = new ArrayList<>();
        ScenarioFiles.Walk walk = new ScenarioFiles.Walk(problems);
        assertThat(walk.visitFileFailed(Path.of("scenarios/secret"), new AccessDeniedException("scenarios/secret")))
                .isEqualTo(java.nio.file.FileVisitResult.CONTINUE);
        assertThat(problems).extracting(Problem::toString)
                .containsExactly("scenarios/secret: permission denied; aidsim needs read access here");
    }

    @Test
    void unreadableSubfolder_isPermissionDeniedWithItsPath() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads a chmod 000 folder");
        Path dir = TestRules.write("ok.yaml", "name: x").getParent();
        Path secret = Files.createDirectory(dir.resolve("secret"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try {
            assertThatThrownBy(() -> ScenarioFiles.expand(List.of(dir))).isInstanceOf(InputException.class)
                    .hasMessage(secret + ": permission denied; aidsim needs read access here");
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void twoYamlDocuments_areRefusedWhereTheSecondStarts() {
        Path file = TestRules.write("two.yaml", "name: first\ndate: 2024-01-01\n---\nname: second\n");
        assertThat(problems(file)).containsExactly("dir/two.yaml:3: a second YAML document starts here ('---'); "
                + "a file holds one scenario, so put each scenario in a file of its own");
    }

    @Test
    void leadingDocumentMarker_isOneDocument() {
        Path file = TestRules.write("one.yaml", "---\nname: x\n");
        assertThat(DocumentReader.read(file).root().get("name").asText()).isEqualTo("x");
    }

    @Test
    void badNumberInASecondDocument_isNamedBeforeTheSecondDocument() {
        // The tokens after the first document are checked as its own are, and their problems come first.
        Path file = TestRules.write("two.yaml", "name: first\n---\nname: second\namount: 1e3\n");
        assertThat(problems(file)).containsExactly("dir/two.yaml:4:9: amount: '1e3' is written with an exponent; "
                + "write 1000 (numbers are read only in plain decimal digits, such as 1500000 or 0.5)");
    }

    @Test
    void problemsAfterYamlInfinity_areAllNamed() {
        // .inf stops the tree (no amount can hold it) but not the checks of the rest of the text.
        Path file = TestRules.write("inf.yaml", "w: .inf\nb: 2\nw2: 01\n");
        assertThat(problems(file)).containsExactly(
                "dir/inf.yaml:1:4: w: '.inf' is YAML's infinity or not-a-number, not an amount; write numbers in plain "
                        + "decimal digits, such as 1500000 or 0.5",
                "dir/inf.yaml:3:5: w2: '01' starts with 0, which YAML reads as octal; write 1 (numbers are read only "
                        + "in plain decimal digits, such as 1500000 or 0.5)");
    }

    @Test
    void jsonNestedPastTheLimit_isLocatedAtTheBracketThatGoesPast() {
        Path file = TestRules.write("deep.json", "{\"a\": " + "[".repeat(101) + "]".repeat(101) + "}");
        assertThat(problems(file)).singleElement().asString()
                .startsWith("dir/deep.json:1:107: lists and mappings nest deeper than 100 levels");
    }

    @Test
    void ampersandInText_isNoAnchor() {
        Path file = TestRules.write("amp.yaml", "title: 'R&D'\nnote: R & D\n");
        assertThat(DocumentReader.read(file).root().get("title").asText()).isEqualTo("R&D");
        assertThat(DocumentReader.read(file).root().get("note").asText()).isEqualTo("R & D");
    }

    @Test
    void twoJsonValues_areRefusedWhereTheSecondStarts() {
        Path file = TestRules.write("two.json", "{\"name\": \"a\"}\n{\"name\": \"b\"}\n");
        assertThat(problems(file)).containsExactly("dir/two.json:2: a second JSON value starts here; a file holds one "
                + "scenario, so put each scenario in a file of its own");
    }

    @Test
    void mappingAsAKey_isNamedWithoutParserInternals() {
        Path file = TestRules.write("key.yaml", "name: x\n? {a: 1}\n: y\n");
        assertThat(problems(file)).containsExactly("dir/key.yaml:2:4: malformed YAML: expected a key here, found a mapping");
    }

    @Test
    void fileOverTheSizeLimit_saysWhichLimitAndThatItIsNotMalformed() throws IOException {
        Path file = bytes("big.yaml", new byte[(int) InputFiles.MAX_BYTES + 1]);
        assertThat(problems(file)).containsExactly("dir/big.yaml: the file has 8,388,609 bytes, more than the limit of "
                + "8,388,608 bytes (8 MiB) for one input file; it is not malformed, only too large to read");
    }

    @Test
    void fileOverSnakeYamlsDefaultLimit_isRead() {
        // SnakeYAML alone stops at 3 MiB; the file limit is ours (8 MiB) and the two agree.
        int lines = 3 * 1024 * 1024 / 80 + 1;
        Path file = TestRules.write("long.yaml", "notes:\n" + ("  - " + "a".repeat(76) + "\n").repeat(lines));
        assertThat(DocumentReader.read(file).root().get("notes")).hasSize(lines);
    }

    @Test
    void lineOverTheYamlLineLimit_saysWhichLimitAndThatItIsNotMalformed() {
        Path file = TestRules.write("long.yaml", "name: x\ndescription: " + "a".repeat(100_001) + "\n");
        assertThat(problems(file)).containsExactly("dir/long.yaml:2: the line has 100,014 characters, more than the limit "
                + "of 100,000 for one line of YAML; the file is not malformed, only past this limit (fold long text over "
                + "several lines with >)");
    }

    @Test
    void nestingDeeperThanTheLimit_saysWhichLimitAndThatItIsNotMalformed() {
        Path file = TestRules.write("deep.yaml", "x: " + "[".repeat(1001) + "]".repeat(1001) + "\n");
        assertThat(problems(file)).containsExactly("dir/deep.yaml:1:104: lists and mappings nest deeper than 100 levels, "
                + "the most aidsim reads (a scenario needs fewer than ten); the file is not malformed, only past this limit");
    }

    @Test
    void randomBytes_areNotUtf8TextWithTheirPlace() throws IOException {
        Path file = bytes("random.yaml", new byte[] {'n', 'a', 'm', 'e', ':', ' ', 'x', '\n', 'd', ':', ' ', (byte) 0xC3, '(', '\n'});
        assertThat(problems(file)).containsExactly("dir/random.yaml:2:4: not UTF-8 text: byte 0xC3 at byte offset 11 "
                + "is not valid UTF-8; a scenario file is UTF-8 text");
    }

    @Test
    void binaryWithControlCharacters_isNotText() throws IOException {
        Path file = bytes("binary.yaml", new byte[] {'n', 'a', 'm', 'e', ':', ' ', 'x', '\n', 'a', ':', ' ', 0, 1, 2});
        assertThat(problems(file)).containsExactly("dir/binary.yaml:2:4: not text: the control character U+0000 cannot "
                + "appear in a YAML file; a scenario file is UTF-8 text");
    }

    @Test
    void namedPipe_isRefusedWithoutWaiting() throws Exception {
        Path fifo = TestRules.write("ok.yaml", "").getParent().resolve("fifo.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> problems(fifo)))
                .containsExactly("dir/fifo.yaml: not a regular file (a named pipe, device or socket); aidsim reads only regular files");
    }

    @Test
    void folderGivenAsAFile_isNamedAFolder() {
        Path dir = TestRules.write("ok.yaml", "").getParent().resolve("sub.yaml");
        try {
            Files.createDirectory(dir);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(problems(dir)).containsExactly("dir/sub.yaml: is a folder; expected a file ending in .yaml, .yml or .json");
    }

    @Test
    void missingPath_isNoSuchFileOrFolder() {
        assertThatThrownBy(() -> DocumentReader.read(Path.of("/nonexistent"))).isInstanceOf(InputException.class)
                .hasMessage("/nonexistent: no such file or folder");
    }
}
