package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aidsim.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A parameter the rules read must be in force on the scenario's date; a rule naming an unknown one is located. */
class ParameterInForceTest {
    private static final String QMV = "scenarios/eu/macro-financial-assistance-qmv.yaml";

    @TempDir
    Path dir;

    private Path rulesWith(String from, String to, String file) throws Exception {
        Path rules = TestRules.copyRules(dir.resolve("rules"));
        Path target = rules.resolve(file);
        String text = Files.readString(target);
        assertThat(text).contains(from);
        Files.writeString(target, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        return rules;
    }

    // Only the parameters a scenario's rules read must be in force on its date (a 1958 weighted vote reads no QMV
    // threshold), and which ones a rule reads is known only when it runs: so the run says it, naming the parameter.
    @Test
    void scenarioDatedBeforeAParametersFirstValue_failsTheRunNamingTheParameterAndDate() throws Exception {
        Path rules = rulesWith("2014-11-01: 65/100", "2024-11-01: 65/100", "parameters.yaml");
        CliRun run = CliRun.of("run", "--rules", rules.toString(), QMV);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RUN_FAILED);
        assertThat(run.err()).contains("a rule reads the fraction parameter qmv.population, which parameters.yaml does not hold in force on 2024-10-23")
                .doesNotContain("internal error").doesNotContain("Exception");
    }

    @Test
    void ruleReadingAParameterTheFolderLacks_failsTheRunNamingIt() throws Exception {
        Path rules = rulesWith("populationReached($th.ratio(\"qmv.population\"))",
                "populationReached($th.ratio(\"qmv.populaton\"))", "consensus/qmv.drl");
        CliRun run = CliRun.of("run", "--rules", rules.toString(), QMV);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RUN_FAILED);
        assertThat(run.err()).contains("a rule reads the fraction parameter qmv.populaton, which parameters.yaml does not hold")
                .doesNotContain("internal error").doesNotContain("Exception");
    }
}
