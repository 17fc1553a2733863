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

    @Test
    void scenarioDatedBeforeAParametersFirstValue_isRefusedAtItsDateByRunAndCheck() throws Exception {
        Path rules = rulesWith("2014-11-01: 65/100", "2024-11-01: 65/100", "parameters.yaml");
        CliRun run = CliRun.of("run", "--rules", rules.toString(), QMV);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(QMV + ":").contains("date: the rules folder's parameters.yaml has no value of qmv.population in force on 2024-10-23 (its values begin on 2024-11-01)")
                .doesNotContain("internal error").doesNotContain("Exception");
        CliRun check = CliRun.of("check", "--rules", rules.toString(), QMV);
        assertThat(check.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(check.err()).contains("no value of qmv.population in force on 2024-10-23");
    }

    @Test
    void ruleReadingAParameterTheFolderLacks_failsTheRunNamingIt() throws Exception {
        Path rules = rulesWith("ratio(\"qmv.population\")", "ratio(\"qmv.populaton\")", "consensus/qmv.drl");
        CliRun run = CliRun.of("run", "--rules", rules.toString(), QMV);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RUN_FAILED);
        assertThat(run.err()).contains("a rule reads the fraction parameter qmv.populaton, which parameters.yaml does not hold")
                .doesNotContain("internal error").doesNotContain("Exception");
    }
}
