package org.aidsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.aidsim.TestRules;
import org.aidsim.model.Inflow;
import org.aidsim.model.Money;
import org.aidsim.model.Release;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

class PoolLedgerTest {
    private static final LocalDate DAY = LocalDate.parse("2024-03-01");

    @Test
    void inflowsAndReleasesInserted_ledgerSumsEachPoolExactly() {
        withLedger((session, ledger) -> {
            session.insert(new Inflow("a", DAY, Money.euros("0.10"), "pools[0].inflows[0]"));
            session.insert(new Inflow("a", DAY, Money.euros("0.20"), "pools[0].inflows[1]"));
            session.insert(new Inflow("b", DAY, Money.euros("5"), "pools[1].inflows[0]"));
            session.insert(new Release("p", "t1", "a", DAY, Money.euros("0.25")));

            assertThat(ledger.received("a")).isEqualTo(Money.euros("0.3"));
            assertThat(ledger.received("b")).isEqualTo(Money.euros("5"));
            assertThat(ledger.paidOut("a")).isEqualTo(Money.euros("0.25"));
            assertThat(ledger.paidOut("b")).isEqualTo(Money.ZERO);
            assertThat(ledger.received("none")).isEqualTo(Money.ZERO);
        });
    }

    @Test
    void inflowDeleted_ledgerCountsOnlyTheFactsLeft() {
        withLedger((session, ledger) -> {
            session.insert(new Inflow("a", DAY, Money.euros("7"), "pools[0].inflows[0]"));
            FactHandle gone = session.insert(new Inflow("a", DAY, Money.euros("2.50"), "pools[0].inflows[1]"));
            assertThat(ledger.received("a")).isEqualTo(Money.euros("9.5"));

            session.delete(gone);

            assertThat(ledger.received("a")).isEqualTo(Money.euros("7"));
        });
    }

    /** A session of the shipped rules with a ledger listening from its start, disposed afterwards. */
    private static void withLedger(BiConsumer<KieSession, PoolLedger> test) {
        KieSession session = TestRules.rules().kieBase().newKieSession();
        try {
            PoolLedger ledger = new PoolLedger(session);
            session.addEventListener(ledger);
            test.accept(session, ledger);
        } finally {
            session.dispose();
        }
    }
}
