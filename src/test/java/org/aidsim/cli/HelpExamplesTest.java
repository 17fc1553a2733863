package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help examples are meant to be copied: picocli wraps at 80 columns, so no example line may reach it. */
class HelpExamplesTest {
    @ParameterizedTest
    @ValueSource(strings = {"run", "check", "test", "diff", "pivots", "sweep", "schema", "batch", "report"})
    void everyExampleLine_fitsInsideEightyColumns(String command) {
        String help = CliRun.of(command, "--help").out();
        String examples = help.substring(help.indexOf("Examples:") + "Examples:\n".length());
        for (String line : examples.split("\n")) {
            if (!line.isEmpty() && !line.startsWith("Exit codes")) {
                assertThat(line).as(command + " --help example").startsWith("  ").hasSizeLessThan(80);
            }
        }
    }

    /**
     * Issue 8: an example must mean what it says. Constructive abstention exists only in CFSP decisions taken by
     * unanimity; elsewhere it is a plain abstention, so an example that sets it must name such a package.
     */
    @Test
    void helpExamplesSettingConstructiveAbstention_nameOnlyCfspUnanimityPackages() {
        Pattern set = Pattern.compile("--set ([A-Za-z0-9_-]+)\\.positions\\.[A-Z]+=constructive-abstain.*\\$([A-Z])");
        for (String command : new String[] {"", "run", "check", "test", "diff", "pivots", "sweep"}) {
            String help = command.isEmpty() ? CliRun.of("--help").out() : CliRun.of(command, "--help").out();
            Matcher m = set.matcher(help);
            while (m.find()) {
                Matcher file = Pattern.compile("\\b" + m.group(2) + "=(\\S+)").matcher(help);
                assertThat(file.find()).as(m.group()).isTrue();
                var scenario = org.aidsim.TestRules.scenario(java.nio.file.Path.of(file.group(1)));
                assertThat(scenario.aidPackage(m.group(1)).orElseThrow())
                        .as(command + " --help: " + m.group())
                        .matches(p -> p.cfsp() && p.rule() == org.aidsim.model.DecisionRule.UNANIMITY);
            }
            assertThat(help).as(command).doesNotContain("ukraine-facility.positions.HU=constructive-abstain");
        }
    }
}
