package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}
