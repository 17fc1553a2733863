package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionConvertersTest {
    private static final String FACILITY = "scenarios/eu/ukraine-facility-2023-12.yaml";

    @Test
    void impossibleAsOfDate_saysItIsNotADateWithoutJavaClassNames() {
        CliRun run = CliRun.of("run", "--as-of", "2024-02-30", FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith(
                "aidsim: --as-of: '2024-02-30' is not a date; expected YYYY-MM-DD, such as 2024-03-18\n");
    }

    @Test
    void wordForFailUnder_saysItIsNotANumber() {
        CliRun run = CliRun.of("test", "--fail-under", "x");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("aidsim: --fail-under: 'x' is not a number; expected digits such as 80 or 72.5\n");
    }

    @Test
    void fractionForWholeNumberOptions_saysItIsNotAWholeNumber() {
        assertThat(CliRun.of("run", "--max-firings", "1.5", FACILITY).err())
                .startsWith("aidsim: --max-firings: '1.5' is not a whole number; expected digits such as 4\n");
        assertThat(CliRun.of("sweep", FACILITY, "--vary", "HU", "--threads", "two").err())
                .startsWith("aidsim: --threads: 'two' is not a whole number; expected digits such as 4\n");
    }

    @Test
    void numbersInOtherForms_areRefusedByTheOneNumberRule() {
        for (String written : new String[] {"1e2", "5e1", ".5"}) {
            CliRun run = CliRun.of("test", "--fail-under", written);
            assertThat(run.exitCode()).as(written).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).startsWith("aidsim: --fail-under: '" + written + "'");
        }
        assertThat(CliRun.of("test", "--fail-under", "1e2").err()).contains("is written with an exponent; write 100");
        for (String written : new String[] {"oppose:1e-1", "oppose:.5"}) {
            CliRun run = CliRun.of("sweep", FACILITY, "--samples", "10", "--prob", "HU=" + written);
            assertThat(run.exitCode()).as(written).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("a probability is a number from 0 to 1");
        }
    }

    @Test
    void threadsBeyondTheIntRange_saysTooLargeWithTheRange() {
        CliRun run = CliRun.of("sweep", FACILITY, "--vary", "HU", "--threads", "2147483648");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("aidsim: --threads 2147483648: too large; expected 1 to ").doesNotContain("whole number");
    }

    @Test
    void benchSecondsNotFiniteOrWithDecimalComma_isRefusedWithoutJavaTypes() {
        for (String written : new String[] {"NaN", "Infinity", "0,5", "-1", "0", "1e9", "999999"}) {
            CliRun run = CliRun.of("bench", "--seconds", written);
            assertThat(run.exitCode()).as(written).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as(written).startsWith("aidsim: --seconds").doesNotContain("double", "java.");
        }
        assertThat(CliRun.of("bench", "--seconds", "0,5").err()).contains("write 0.5 if the comma is a decimal point");
        assertThat(CliRun.of("bench", "--seconds", "999999").err()).contains("expected more than 0 and at most 3600");
    }

    /** Runs Main in a JVM whose locale is {@code locale}, as the launcher would (or would not) start it. */
    private static String[] runUnder(String locale, String... args) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBin, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("LANG");
        builder.environment().put("LC_ALL", locale);
        Process p = builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new String[] {String.valueOf(p.waitFor()), out, err};
    }

    @Test
    void nonAsciiFileNameUnderCLocale_saysNotAFileNameWithoutJavaTypes() throws Exception {
        String[] run = runUnder("C", "run", "Türkiye.yaml");
        assertThat(run[0]).isEqualTo(String.valueOf(ExitCodes.USAGE));
        assertThat(run[2]).startsWith("aidsim: FILE: '").contains("is not a file name", "UTF-8 locale")
                .doesNotContain("java.", "interface", "Exception");
    }

    @Test
    void nonAsciiSetUnderTheLaunchersLocale_keepsItsLetters() throws Exception {
        assertThat(Files.readString(Path.of("aidsim")))
                .contains("locale charmap").contains("export LC_ALL=C.UTF-8");
        String[] run = runUnder("C.UTF-8", "run", "--format", "json", "--set", "ukraine-facility.title=Türkiye €", FACILITY);
        assertThat(run[0]).as(run[2]).isEqualTo("0");
        assertThat(run[1]).contains("\"title\" : \"Türkiye €\"").doesNotContain("\uFFFD");
    }

    @Test
    void javaNamesInAMessage_areCut() {
        assertThat(org.aidsim.engine.UserWords.withoutJavaNames("class java.lang.String cannot be cast to class java.lang.Integer "
                + "(java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')"))
                .isEqualTo("String cannot be cast to Integer");
    }
}
