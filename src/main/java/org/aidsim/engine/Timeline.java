package org.aidsim.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.aidsim.model.CoalitionResult;
import org.aidsim.model.Condition;
import org.aidsim.model.DisbursementPlan;
import org.aidsim.model.Firing;
import org.aidsim.model.Inflow;
import org.aidsim.model.MembershipClaim;
import org.aidsim.model.Objection;
import org.aidsim.model.PackageResult;
import org.aidsim.model.Scenario;
import org.aidsim.model.ScenarioDate;
import org.aidsim.model.Split;
import org.aidsim.model.Stance;
import org.aidsim.model.TimelineEvent;
import org.aidsim.model.TimelineStep;
import org.aidsim.model.Today;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Runs one scenario through its dates in ONE session. On each date it replaces the facts that events change
 * (retracting the old immutable record, inserting the new one), lets the decisions settle without a {@link Today},
 * then inserts {@code Today(date)} so the disbursement rules act on settled decisions, and records the state.
 */
final class Timeline {
    private final RuleSet rules;
    private final long maxFirings;
    private final String limit;
    private final Scenario scenario;
    private final KieSession session;
    private final FiringTrace trace = new FiringTrace();
    private final PoolLedger ledger;
    private final Map<String, FactHandle> stances = new HashMap<>();
    private final Map<String, FactHandle> conditions = new HashMap<>();
    private final Map<String, FactHandle> objections = new HashMap<>();
    private final List<Split> splitsToCome;
    // The plan's inflows and events by date, in the plan's order, so that a date looks at its own only.
    private final Map<LocalDate, List<Inflow>> inflowsOn = new HashMap<>();
    private final Map<LocalDate, List<TimelineEvent>> eventsOn = new HashMap<>();
    private FactHandle today;
    private FactHandle decisionDate;
    private long fired;
    private long inputFacts;
    private int datesVisited;

    /** @param budget the firings allowed on each date */
    Timeline(RuleSet rules, FiringBudget budget, Scenario scenario) {
        this.rules = rules;
        this.maxFirings = budget.perDate(scenario);
        this.limit = budget.describe(scenario);
        this.scenario = scenario;
        this.session = rules.kieBase().newKieSession();
        this.ledger = new PoolLedger(session);
        this.splitsToCome = new ArrayList<>(scenario.disbursement().splits());
        scenario.disbursement().inflows().forEach(i -> inflowsOn.computeIfAbsent(i.date(), d -> new ArrayList<>()).add(i));
        scenario.disbursement().events().forEach(e -> eventsOn.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e));
    }

    /** Visits every date up to {@code asOf} (the plan's end when null) and returns the steps and final session. */
    Run run(LocalDate asOf) {
        try {
            session.addEventListener(trace);
            session.addEventListener(ledger);
            start();
            DisbursementPlan plan = scenario.disbursement();
            List<TimelineStep> steps = new ArrayList<>();
            for (LocalDate date : dates(plan)) {
                if (asOf != null && date.isAfter(asOf)) {
                    break;
                }
                steps.add(visit(date, plan));
            }
            List<PackageResult> results = Simulator.results(session, scenario, trace.firings());
            List<String> notes = RunNotes.of(rules, scenario, steps.stream().map(TimelineStep::date).toList(), session);
            return new Run(results, CoalitionResults.of(session, scenario, trace.firings()), trace.firings(), steps, notes);
        } finally {
            session.dispose();
        }
    }

    record Run(List<PackageResult> packages, List<CoalitionResult> coalitions, List<Firing> trace, List<TimelineStep> steps,
               List<String> notes) {
    }

    private void start() {
        session.insert(rules.institutions().thresholdsFor(scenario));
        rules.institutions().quorums().forEach(session::insert);
        decisionDate = session.insert(new ScenarioDate(scenario.date()));
        scenario.coalitions().forEach(session::insert);
        scenario.claims().forEach(session::insert);
        scenario.conditions().forEach(c -> conditions.put(c.name(), session.insert(c)));
        scenario.packages().forEach(session::insert);
        scenario.stances().forEach(this::replace);
        DisbursementPlan plan = scenario.disbursement();
        plan.pools().forEach(session::insert);
        plan.tranches().forEach(session::insert);
        plan.objections().forEach(o -> objections.put(key(o.packageId(), o.member().code()), session.insert(o)));
        inputFacts = session.getFactCount();
    }

    private List<LocalDate> dates(DisbursementPlan plan) {
        return dates(scenario);
    }

    /** The plan's dates, plus the days coalition members join or leave within the timeline. */
    static List<LocalDate> dates(Scenario scenario) {
        DisbursementPlan plan = scenario.disbursement();
        TreeSet<LocalDate> dates = new TreeSet<>(plan.dates(scenario.date()));
        for (MembershipClaim claim : scenario.claims()) {
            dates.add(claim.joined());
            if (claim.left() != null) {
                dates.add(claim.left());
            }
        }
        return List.copyOf(dates.subSet(scenario.date(), true, plan.end(), true));
    }

    private TimelineStep visit(LocalDate date, DisbursementPlan plan) {
        if (today != null) {
            session.delete(today);
        }
        fired = 0;
        datesVisited++;
        // Coalition membership is decided on the date being visited, so joins and departures act from their day.
        session.delete(decisionDate);
        decisionDate = session.insert(new ScenarioDate(date));
        splitsToCome.removeIf(s -> {
            if (s.isInForceOn(date)) {
                session.insert(s);
                return true;
            }
            return false;
        });
        inflowsOn.getOrDefault(date, List.of()).forEach(session::insert);
        eventsOn.getOrDefault(date, List.of()).forEach(this::apply);
        fire(date);
        today = session.insert(new Today(date));
        fire(date);
        return StepRecorder.record(session, ledger, scenario, date);
    }

    private void apply(TimelineEvent event) {
        if (event instanceof TimelineEvent.PositionChange p) {
            replace(p.stance());
        } else if (event instanceof TimelineEvent.ConditionChange c) {
            replace(c.condition());
        } else if (event instanceof TimelineEvent.Reproposal r) {
            r.stances().forEach(this::replace);
        } else if (event instanceof TimelineEvent.ObjectionChange o) {
            String key = key(o.packageId(), o.member().code());
            FactHandle old = objections.remove(key);
            if (old != null) {
                session.delete(old);
            }
            if (o.objects()) {
                objections.put(key, session.insert(new Objection(o.packageId(), o.member())));
            }
        }
    }

    private void replace(Stance stance) {
        FactHandle old = stances.put(key(stance.packageId(), stance.member().code()), session.insert(stance));
        if (old != null) {
            session.delete(old);
        }
    }

    private void replace(Condition condition) {
        FactHandle old = conditions.put(condition.name(), session.insert(condition));
        if (old != null) {
            session.delete(old);
        }
    }

    private static String key(String packageId, String member) {
        return packageId + "\u0000" + member;
    }

    private void fire(LocalDate date) {
        fired += FiringLimit.fire(session, maxFirings - fired, scenario.file());
        if (fired >= maxFirings) {
            throw FiringLimit.exceeded(scenario.file(), "on " + date, fired, limit, trace.busiest(3),
                    inputFacts * datesVisited);
        }
    }
}
