package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrefetchTest {
    private static final String FACILITY = "scenarios/eu/ukraine-facility-2023-12.yaml";

    @Test
    void prefetchedRules_giveTheSameOutputAsACompileAtLoad() {
        String plain = CliRun.of("run", "--format", "json", FACILITY).out();
        Prefetch.rulesFor(new String[] {"run", "--format", "json", FACILITY});
        CliRun prefetched = CliRun.of("run", "--format", "json", FACILITY);
        assertThat(prefetched.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(prefetched.out()).isEqualTo(plain);
    }

    @Test
    void unknownCommandOrHelp_prefetchesNothingAndFailsNothing() {
        Prefetch.rulesFor(new String[] {"frobnicate"});
        Prefetch.rulesFor(new String[] {"run", "--help"});
        Prefetch.rulesFor(new String[] {});
        assertThat(CliRun.of("run", "--help").exitCode()).isEqualTo(ExitCodes.OK);
    }
}
