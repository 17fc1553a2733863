package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aidsim.TestRules;
import org.aidsim.model.Money;
import org.aidsim.model.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Output is the same bytes whatever the machine's locale and default encoding (issue 8, "Output that depends on the machine's locale"). */
class LocaleIndependenceTest {
    private static final String FACILITY = "scenarios/eu/ukraine-facility-2023-12.yaml";
    private static final String NON_ASCII = """
            name: "Türkiye pledges €5 m to the package"
            date: 2024-06-01
            packages:
              - id: p
                forum: nato
                positions: { default: support }
            """;

    private Locale before;

    @BeforeEach
    void remember() {
        before = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void germanDefaultLocale_sweepSizeLimitPrintsRootDigitGroups() {
        Locale.setDefault(Locale.GERMANY);
        CliRun run = CliRun.of("sweep", FACILITY, "--vary", "AT,BE,BG,HR,CY,CZ,DK,EE,FI,FR,DE,EL,HU,IE,IT");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("aidsim: 3^15 = 14,348,907 profiles is more than 10,000,000;");
    }

    @Test
    void germanDefaultLocale_moneyPrintsRootDigitGroups() {
        Locale.setDefault(Locale.GERMANY);
        assertThat(new Money(new BigDecimal("1500"))).hasToString("EUR 1,500");
    }

    @Test
    void turkishDefaultLocale_outcomeWordsKeepTheirDottedI() {
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        assertThat(Verdict.FAILED.word()).isEqualTo("failed");
    }

    @Test
    void inProcessCommandLine_writesUtf8Bytes() {
        Path file = TestRules.write("t.yaml", NON_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.commandLine(out, err).execute("run", "--format", "json", file.toString());
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Türkiye pledges €5 m");
    }

    /** A JVM whose default and console encodings are ASCII (as under LANG=C) still writes UTF-8. */
    @Test
    void asciiDefaultEncoding_stdoutAndStderrAreStillUtf8() throws Exception {
        Path file = TestRules.write("t.yaml", NON_ASCII);
        Path bad = TestRules.write("bad-€.yaml", "name: x\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Dfile.encoding=US-ASCII", "-Dstdout.encoding=US-ASCII",
                "-Dstderr.encoding=US-ASCII", "-Dsun.stdout.encoding=US-ASCII", "-Dsun.stderr.encoding=US-ASCII",
                "-Duser.language=de", "-Duser.country=DE",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "--format", "json", file.toString(), bad.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(new String(err, StandardCharsets.UTF_8)).contains("bad-€.yaml").doesNotContain("bad-?.yaml");
        assertThat(out).isEmpty();

        Process ok = new ProcessBuilder(java, "-Dfile.encoding=US-ASCII", "-Dstdout.encoding=US-ASCII",
                "-Dsun.stdout.encoding=US-ASCII", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "--format", "json", file.toString()).redirectErrorStream(true).start();
        String text = new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ok.waitFor()).as(text).isEqualTo(ExitCodes.OK);
        assertThat(text).contains("Türkiye pledges €5 m").doesNotContain("T?rkiye");
    }

    /** The kind, not only the examples: no number or case conversion in the sources depends on the default locale. */
    @Test
    void mainSources_formatAndConvertCaseOnlyWithLocaleRoot() throws IOException {
        List<Pattern> unlocalised = List.of(
                Pattern.compile("String\\.format\\((?!\\s*(java\\.util\\.)?Locale\\.ROOT)"),
                Pattern.compile("\\.formatted\\("),
                Pattern.compile("\\.printf\\((?!\\s*(java\\.util\\.)?Locale\\.ROOT)"),
                Pattern.compile("\\.to(Upper|Lower)Case\\(\\s*\\)"),
                Pattern.compile("NumberFormat\\.get\\w*Instance\\(\\s*\\)"),
                Pattern.compile("new DecimalFormat\\("),
                Pattern.compile("MessageFormat\\.format\\("));
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (unlocalised.stream().anyMatch(p -> p.matcher(line).find())) {
                        found.add(file + ":" + (i + 1) + ": " + line.trim());
                    }
                }
            }
        }
        assertThat(found).as("formatting or case conversion without Locale.ROOT").isEmpty();
    }
}
