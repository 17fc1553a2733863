package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help examples are meant to be copied: picocli wraps at 80 columns, so no example line may reach it. */
class HelpExamplesTest {
    @ParameterizedTest
    @ValueSource(strings = {"run", "check", "test", "diff", "pivots", "sweep"})
    void everyExampleLine_fitsInsideEightyColumns(String command) {
        String help = CliRun.of(command, "--help").out();
        String examples = help.substring(help.indexOf("Examples:") + "Examples:\n".length());
        for (String line : examples.split("\n")) {
            if (!line.isEmpty() && !line.startsWith("Exit codes")) {
                assertThat(line).as(command + " --help example").startsWith("  ").hasSizeLessThan(80);
            }
        }
    }
}
