package org.aidsim.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aidsim.model.DisbursementPlan;
import org.aidsim.model.Inflow;
import org.aidsim.model.Money;
import org.aidsim.model.Scenario;
import org.aidsim.model.Tranche;
import org.kie.api.runtime.KieSession;

/**
 * Works out the amount of each tranche written as a share of an inflow ({@code share: 10%, inflow: 2025-08-08}),
 * before a run, by asking the rules: the plan's pools, splits and inflows (all of them, whatever their date) go into
 * a session of their own, the rules pass them on (rules/disbursement/routing.drl decides which pool receives what,
 * by the split in force on each inflow's date), and a share tranche is its share of every {@code Inflow} that pool
 * holds dated that day. Java only adds and multiplies: how money is routed is the rules' alone, so an edited
 * routing.drl changes the amounts too.
 */
final class ShareAmounts {
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private ShareAmounts() {
    }

    /**
     * The scenario with every share tranche's amount worked out; the scenario itself when it has none.
     *
     * @throws RunException when no money arrives in a share tranche's pool on its inflow's date as the rules route
     *                      it (the message starts with where the date is written), or when routing does not settle
     *                      within the budget
     */
    static Scenario resolved(RuleSet rules, FiringBudget budget, Scenario scenario) {
        DisbursementPlan plan = scenario.disbursement();
        if (plan.tranches().stream().allMatch(Tranche::hasAmount)) {
            return scenario;
        }
        Map<String, Money> arrived = arrivals(rules, budget, scenario);
        List<Tranche> tranches = new ArrayList<>();
        for (Tranche t : plan.tranches()) {
            if (t.hasAmount()) {
                tranches.add(t);
                continue;
            }
            Tranche.Share share = t.share();
            Money in = arrived.getOrDefault(PairKey.of(t.poolId(), share.inflow().toString()), Money.ZERO);
            if (in.isZero()) {
                throw new RunException(share.place() + ": pool " + t.poolId() + " receives no money on " + share.inflow()
                        + " as the rules route the scenario's inflows (rules/disbursement/routing.drl: the split in force on"
                        + " an inflow's date); a share is taken of money that reaches its pool on that date");
            }
            tranches.add(t.withAmount(new Money(in.euros().multiply(share.percent()).divide(HUNDRED))));
        }
        return scenario.withDisbursement(plan.withTranches(tranches));
    }

    /** What each pool holds dated each day once the rules have passed every inflow on, by pool and date. */
    private static Map<String, Money> arrivals(RuleSet rules, FiringBudget budget, Scenario scenario) {
        DisbursementPlan plan = scenario.disbursement();
        KieSession session = rules.kieBase().newKieSession();
        try {
            plan.pools().forEach(session::insert);
            plan.splits().forEach(session::insert);
            plan.inflows().forEach(session::insert);
            long limit = budget.perDate(scenario);
            long fired = FiringLimit.fire(session, limit, scenario.file());
            if (fired >= limit) {
                throw FiringLimit.exceeded(scenario.file(), "while routing the inflows that share tranches are shares of",
                        fired, budget.describe(scenario), List.of(), 0);
            }
            Map<String, Money> out = new HashMap<>();
            for (Inflow i : SessionFacts.unordered(session, Inflow.class)) {
                out.merge(PairKey.of(i.poolId(), i.date().toString()), i.amount(), Money::plus);
            }
            return out;
        } finally {
            session.dispose();
        }
    }
}
