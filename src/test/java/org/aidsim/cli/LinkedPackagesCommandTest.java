package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.aidsim.TestRules;
import org.junit.jupiter.api.Test;

/** Linked packages through the commands: run's JSON and text, pivots, and a cycle refused with exit 3. */
class LinkedPackagesCommandTest {
    private static final String CLUSTERS = "scenarios/eu/accession-clusters-2025-06.yaml";

    @Test
    void runJson_waitingPackage_hasWaitsForAndOthersDoNot() throws Exception {
        CliRun run = CliRun.of("run", "--format", "json", CLUSTERS);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode packages = new ObjectMapper().readTree(run.out()).path("packages");
        assertThat(packages.get(0).has("waitsFor")).isFalse();
        assertThat(packages.get(1).path("outcome").asText()).isEqualTo("waiting");
        assertThat(packages.get(1).path("passed").asBoolean(true)).isFalse();
        assertThat(packages.get(1).path("waitsFor").toString()).isEqualTo("[\"ukraine-cluster-1\"]");
    }

    @Test
    void runWithVetoLifted_requiredPackageAdopted_bothAdopted() {
        CliRun run = CliRun.of("run", "--set", "ukraine-cluster-1.positions.HU=support", CLUSTERS);
        assertThat(run.out()).contains("moldova-cluster-1  eu-council  unanimity  ADOPTED");
    }

    @Test
    void pivots_waitingPackage_saysItWaitsRatherThanFails() {
        CliRun run = CliRun.of("pivots", CLUSTERS);
        assertThat(run.out()).contains("moldova-cluster-1 (eu-council, unanimity): WAITING\n"
                + "  no single member's change of position flips it\n"
                + "  no set of its own supporters passes it: it waits for a package it requires (run names which)\n");
    }

    @Test
    void runOfACycle_exits3NamingTheCycleWithoutATrace() {
        Path file = TestRules.write("cycle.yaml", """
                name: x
                date: 2025-06-26
                packages:
                  - id: a
                    forum: eu-council
                    requires: [b]
                  - id: b
                    forum: eu-council
                    positions: { HU: { support-if: { adopted: a } } }
                """);
        CliRun run = CliRun.of("run", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("cycle.yaml:6:16: packages[0].requires[0]: a cycle of linked packages: a -> b -> a")
                .doesNotContain("Exception").doesNotContain("org.aidsim");
    }
}
