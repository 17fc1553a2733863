package org.aidsim.scenario;

import static org.aidsim.scenario.ScenarioErrorsTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bad input in a package's in-force-until and renewal: each problem located at its field and explained (exit 3). */
class RenewalErrorsTest {
    private static String scenario(String lines) {
        return "name: x\ndate: 2025-01-15\npackages:\n  - id: p\n    forum: eu-council\n" + lines;
    }

    private static final String RENEWAL = "    renewal: { forum: eu-council, extends-by: 6 months }\n";

    @Test
    void renewalWithoutInForceUntil_isRejected() {
        assertThat(problems(scenario(RENEWAL))).singleElement().asString().endsWith("packages[0].renewal: a renewal"
                + " extends a package in force until a date, and package p names none: add in-force-until: YYYY-MM-DD,"
                + " the last day it is in force without the renewal");
    }

    @Test
    void inForceUntilWithoutRenewal_isRejected() {
        assertThat(problems(scenario("    in-force-until: 2025-01-31\n"))).singleElement().asString()
                .endsWith("packages[0].in-force-until: package p is in force until 2025-01-31 but has no renewal: add"
                        + " renewal: with the forum, rule, positions and extends-by of the decision that would extend it"
                        + " (one nobody supports lets it lapse)");
    }

    @Test
    void unparsableExtendsBy_isRejectedWithTheGrammar() {
        assertThat(problems(scenario("    in-force-until: 2025-01-31\n"
                + "    renewal: { forum: eu-council, extends-by: half a year }\n"))).singleElement().asString()
                .endsWith("packages[0].renewal.extends-by: 'half a year' is not a period; write a whole number of months"
                        + " or years, such as 6 months or 1 year");
    }

    @Test
    void inForceUntilBeforeTheScenariosDate_isRejected() {
        assertThat(problems(scenario("    in-force-until: 2025-01-01\n" + RENEWAL))).singleElement().asString()
                .endsWith("packages[0].in-force-until: package p is in force until 2025-01-01, before the scenario's date"
                        + " 2025-01-15, so it would have lapsed before anything is decided; write a date on or after 2025-01-15");
    }

    @Test
    void renewalDatedAfterInForceUntil_isRejectedAsTooLate() {
        assertThat(problems(scenario("    in-force-until: 2025-01-31\n"
                + "    renewal: { forum: eu-council, date: 2025-02-03, extends-by: 6 months }\n"))).singleElement().asString()
                .endsWith("packages[0].renewal.date: the renewal is dated 2025-02-03, after the package is in force until"
                        + " (2025-01-31): it would come too late; write a date on or before 2025-01-31");
    }

    @Test
    void renewalWithoutExtendsBy_isRejected() {
        assertThat(problems(scenario("    in-force-until: 2025-01-31\n    renewal: { forum: eu-council }\n")))
                .singleElement().asString().endsWith("packages[0].renewal.extends-by: a renewal needs extends-by: how long"
                        + " it keeps the package in force, such as 6 months or 1 year");
    }
}
