package org.aidsim.engine;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.aidsim.model.Inflow;
import org.aidsim.model.Money;
import org.aidsim.model.Outflow;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * Each pool's money in a session (the inflows it received and the outflows it paid, in euros), kept as the facts are
 * inserted, so that a timeline reads its pools on each date without adding up every earlier date's inflows again
 * (that made a timeline's cost grow with the square of its dates, issue 13). The sums are exact, so they equal the
 * sums of the session's facts taken afresh; when a fact is deleted or updated the ledger adds them up afresh once,
 * since an updated fact may have changed in place.
 */
final class PoolLedger implements RuleRuntimeEventListener {
    private final KieSession session;
    private final Map<String, BigDecimal> received = new HashMap<>();
    private final Map<String, BigDecimal> paidOut = new HashMap<>();
    private boolean stale;

    /** A ledger of the session's facts from now on; add it as the session's listener before any inflow is inserted. */
    PoolLedger(KieSession session) {
        this.session = session;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        add(event.getObject());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        stale |= event.getOldObject() instanceof Inflow || event.getOldObject() instanceof Outflow;
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        stale |= event.getOldObject() instanceof Inflow || event.getOldObject() instanceof Outflow
                || event.getObject() instanceof Inflow || event.getObject() instanceof Outflow;
    }

    /** What the pool received by inflows (its opening money not included). */
    Money received(String poolId) {
        refresh();
        return new Money(received.getOrDefault(poolId, BigDecimal.ZERO));
    }

    /** What the pool paid out: released tranches and inflows passed on. */
    Money paidOut(String poolId) {
        refresh();
        return new Money(paidOut.getOrDefault(poolId, BigDecimal.ZERO));
    }

    private void add(Object fact) {
        if (fact instanceof Inflow in) {
            receive(in);
        }
        if (fact instanceof Outflow out) {
            pay(out);
        }
    }

    private void receive(Inflow in) {
        received.merge(in.poolId(), in.amount().euros(), BigDecimal::add);
    }

    private void pay(Outflow out) {
        paidOut.merge(out.poolId(), out.amount().euros(), BigDecimal::add);
    }

    private void refresh() {
        if (stale) {
            received.clear();
            paidOut.clear();
            session.getObjects(new ClassObjectFilter(Inflow.class)).forEach(o -> receive((Inflow) o));
            session.getObjects(new ClassObjectFilter(Outflow.class)).forEach(o -> pay((Outflow) o));
            stale = false;
        }
    }
}
