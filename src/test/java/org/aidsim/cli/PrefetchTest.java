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
    void rulesOption_prefetchesThatFolder_sameOutputAsACompileAtLoad() {
        String plain = CliRun.of("run", "--format", "json", "--rules", "rules", FACILITY).out();
        Prefetch.rulesFor(new String[] {"run", "--format", "json", "--rules", "rules", FACILITY});
        CliRun prefetched = CliRun.of("run", "--format", "json", "--rules", "rules", FACILITY);
        Prefetch.rulesFor(new String[] {"run", "--rules=rules", FACILITY});
        CliRun prefetchedEquals = CliRun.of("run", "--format", "json", "--rules=rules", FACILITY);
        assertThat(prefetched.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(prefetched.out()).isEqualTo(plain);
        assertThat(prefetchedEquals.out()).isEqualTo(plain);
    }

    @Test
    void rulesOptionNamingNoFolder_prefetchesNothing_theCommandReportsIt() {
        Prefetch.rulesFor(new String[] {"run", "--rules", "no-such-rules-folder", FACILITY});
        Prefetch.rulesFor(new String[] {"run", FACILITY, "--rules"});
        CliRun missing = CliRun.of("run", "--rules", "no-such-rules-folder", FACILITY);
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_RULES);
        assertThat(missing.err()).contains("no-such-rules-folder: no such rules folder");
    }

    @Test
    void unknownCommandOrHelp_prefetchesNothingAndFailsNothing() {
        Prefetch.rulesFor(new String[] {"frobnicate"});
        Prefetch.rulesFor(new String[] {"run", "--help"});
        Prefetch.rulesFor(new String[] {});
        assertThat(CliRun.of("run", "--help").exitCode()).isEqualTo(ExitCodes.OK);
    }
}
