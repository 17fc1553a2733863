package org.aidsim.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aidsim.model.AidPackage;
import org.aidsim.model.CoalitionResult;
import org.aidsim.model.Condition;
import org.aidsim.model.CountryCode;
import org.aidsim.model.DisbursementPlan;
import org.aidsim.model.Firing;
import org.aidsim.model.Inflow;
import org.aidsim.model.MembershipClaim;
import org.aidsim.model.Objection;
import org.aidsim.model.PackageResult;
import org.aidsim.model.ParliamentSeats;
import org.aidsim.model.Scenario;
import org.aidsim.model.ScenarioDate;
import org.aidsim.model.Split;
import org.aidsim.model.Stage;
import org.aidsim.model.Stance;
import org.aidsim.model.TimelineEvent;
import org.aidsim.model.TimelineStep;
import org.aidsim.model.Today;
import org.aidsim.model.Verdict;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The evaluation core: ONE Drools session for one scenario, the only place that puts a scenario's facts into a
 * session, applies its timeline events and reads verdicts back. Two ways to drive it:
 * <ul>
 *   <li>{@link #playTo}: {@code run} visits every timeline date in turn. On each date the facts that events change
 *   are replaced (the old immutable record deleted, the new one inserted), the decisions settle without a
 *   {@link Today}, then {@code Today(date)} is inserted so the disbursement rules act on settled decisions, and the
 *   date's state is recorded.</li>
 *   <li>{@link #pauseOn}: pivots, sweep and bench decide on one date (the scenario's own or the last timeline date up
 *   to {@code --as-of}) with the events up to it applied, then vary facts in the paused session
 *   ({@link IncrementalEvaluator}). No {@code Today} is inserted: disbursement is not played.</li>
 * </ul>
 * Not thread-safe (a session is not); close it when done.
 */
public final class Evaluation implements AutoCloseable {
    private final RuleSet rules;
    private final Scenario scenario;
    private final KieSession session;
    private final long maxFirings;
    private final String limit;
    /** The firings, in order; null when not traced (what-ifs settle too often to keep every firing). */
    private final FiringTrace trace;
    private final PoolLedger ledger;
    private final Decisions decisions = new Decisions();
    private final Map<String, FactHandle> stanceHandles = new HashMap<>();
    /** The handle of each ballot put in the session: a package decided once, or a stage's PACKAGE/STAGE. */
    private final Map<String, FactHandle> ballotHandles = new HashMap<>();
    private final Map<String, Stance> stances = new LinkedHashMap<>();
    private final Map<String, FactHandle> conditionHandles = new HashMap<>();
    private final Map<String, Condition> conditions = new LinkedHashMap<>();
    private final Map<String, FactHandle> objectionHandles = new HashMap<>();
    private final Map<String, Objection> objections = new LinkedHashMap<>();
    private final List<Split> splitsToCome;
    // The plan's inflows and events by date, in the plan's order, so that a date looks at its own only.
    private final Map<LocalDate, List<Inflow>> inflowsOn = new HashMap<>();
    private final TreeMap<LocalDate, List<TimelineEvent>> eventsOn = new TreeMap<>();
    private final StageHistory stageHistory = new StageHistory();
    private final List<LocalDate> visited = new ArrayList<>();
    private FactHandle today;
    private FactHandle decisionDate;
    private LocalDate decidedOn;
    private Scenario standing;
    private long fired;
    private long inputFacts;

    private Evaluation(RuleSet rules, FiringBudget budget, Scenario written, boolean traced) {
        // Tranches written as a share of an inflow get their amounts from the rules' routing first (ShareAmounts).
        Scenario scenario = ShareAmounts.resolved(rules, budget, written);
        this.rules = rules;
        this.scenario = scenario;
        this.maxFirings = budget.perDate(scenario);
        this.limit = budget.describe(scenario);
        this.session = rules.kieBase().newKieSession();
        this.trace = traced ? new FiringTrace() : null;
        this.ledger = traced ? new PoolLedger(session) : null;
        this.splitsToCome = new ArrayList<>(scenario.disbursement().splits());
        scenario.disbursement().inflows().forEach(i -> inflowsOn.computeIfAbsent(i.date(), d -> new ArrayList<>()).add(i));
        scenario.disbursement().events().forEach(e -> eventsOn.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e));
        try {
            session.addEventListener(decisions);
            if (traced) {
                session.addEventListener(trace);
                session.addEventListener(ledger);
            }
            start();
        } catch (RuntimeException e) {
            session.dispose();
            throw e;
        }
    }

    /** A session for {@code run}: keeps the firing trace and the pools' money for {@link #playTo}. */
    public static Evaluation traced(RuleSet rules, FiringBudget budget, Scenario scenario) {
        return new Evaluation(rules, budget, scenario, true);
    }

    /** A session for what-ifs: no firing trace, so that the many settlings of a sweep stay cheap; see {@link #pauseOn}. */
    public static Evaluation untraced(RuleSet rules, FiringBudget budget, Scenario scenario) {
        return new Evaluation(rules, budget, scenario, false);
    }

    /** For a ballot decided on vote counts, the Parliament's seats on the day it is decided (rules/consensus/parliament.drl). */
    private void parliamentSeats(AidPackage ballot, LocalDate on) {
        if (ballot.votes() != null) {
            session.insert(new ParliamentSeats(ballot.id(),
                    rules.institutions().thresholdsFor(scenario, on).count(ParliamentSeats.PARAMETER)));
        }
    }

    private void start() {
        session.insert(rules.institutions().thresholdsFor(scenario));
        rules.institutions().quorums().forEach(session::insert);
        decidedOn = scenario.date();
        decisionDate = session.insert(new ScenarioDate(decidedOn));
        scenario.coalitions().forEach(session::insert);
        scenario.claims().forEach(session::insert);
        scenario.conditions().forEach(this::replace);
        // A package decided in stages is not itself a ballot: each stage's ballot is, and rules/procedures derive the
        // package's decision from theirs.
        scenario.packages().stream().filter(p -> !scenario.isStaged(p.id())).forEach(p -> {
            ballotHandles.put(p.id(), session.insert(p));
            parliamentSeats(p, scenario.date());
        });
        scenario.stages().forEach(s -> {
            ballotHandles.put(s.ballotId(), session.insert(s.ballot()));
            session.insert(s);
            parliamentSeats(s.ballot(), s.dueOn());
        });
        scenario.stances().forEach(this::replace);
        scenario.links().facts().forEach(session::insert);
        DisbursementPlan plan = scenario.disbursement();
        plan.pools().forEach(session::insert);
        plan.tranches().forEach(session::insert);
        plan.objections().forEach(this::replace);
        inputFacts = session.getFactCount();
    }

    /**
     * The plan's dates, plus the days coalition members join or leave and the days stages are due or reach their
     * deadline, within the timeline; sorted.
     */
    public static List<LocalDate> dates(Scenario scenario) {
        DisbursementPlan plan = scenario.disbursement();
        TreeSet<LocalDate> dates = new TreeSet<>(plan.dates(scenario.date()));
        for (Stage stage : scenario.stages()) {
            dates.add(stage.dueOn());
            if (stage.deadline() != null) {
                dates.add(stage.deadline());
            }
            if (stage.extendedUntil() != null) {
                dates.add(stage.extendedUntil().plusDays(1));
            }
        }
        for (MembershipClaim claim : scenario.claims()) {
            dates.add(claim.joined());
            if (claim.left() != null) {
                dates.add(claim.left());
            }
        }
        return List.copyOf(dates.subSet(scenario.date(), true, plan.end(), true));
    }

    /**
     * Visits every timeline date up to {@code asOf} (the plan's end when null), in order, and returns each date's
     * settled state. Needs a {@link #traced} evaluation; call once.
     *
     * @throws RunException when a date does not settle within the firing budget or money is not conserved
     */
    public List<TimelineStep> playTo(LocalDate asOf) {
        List<TimelineStep> steps = new ArrayList<>();
        for (LocalDate date : dates(scenario)) {
            if (asOf != null && date.isAfter(asOf)) {
                break;
            }
            steps.add(visit(date));
        }
        return steps;
    }

    private TimelineStep visit(LocalDate date) {
        if (today != null) {
            session.delete(today);
        }
        fired = 0;
        visited.add(date);
        // Coalition membership is decided on the date being visited, so joins and departures act from their day.
        decideOn(date);
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
        if (!scenario.stages().isEmpty()) {
            stageHistory.record(session, date); // a query per visited date: only scenarios with stages need it
        }
        return StepRecorder.record(session, ledger, scenario, date, verdicts());
    }

    /**
     * Decides on the last timeline date up to {@code asOf} (the date {@code run --as-of} decides on: a timeline
     * visits only its own dates), with the position, condition and objection changes of the events up to it applied
     * in date order, and settles. On the scenario's own date nothing is applied. Call once, before any change.
     *
     * @throws RunException when the decisions do not settle within the firing budget
     */
    public void pauseOn(LocalDate asOf) {
        LocalDate date = scenario.date();
        for (LocalDate d : dates(scenario)) {
            if (!d.isAfter(asOf)) {
                date = d;
            }
        }
        if (date.isAfter(scenario.date())) {
            eventsOn.headMap(date, true).values().forEach(events -> events.forEach(this::apply));
            decideOn(date);
        }
        standing = standing(date);
        settle("while evaluating one profile");
    }

    /**
     * The scenario as it stands where {@link #pauseOn} paused: dated on the day decided on, with the positions,
     * conditions and objections the events up to it left and only the later events in its plan; the scenario itself
     * when that is its own date.
     */
    public Scenario standing() {
        if (standing == null) {
            throw new IllegalStateException("pauseOn first");
        }
        return standing;
    }

    private Scenario standing(LocalDate date) {
        if (!date.isAfter(scenario.date())) {
            return scenario;
        }
        DisbursementPlan plan = scenario.disbursement();
        List<TimelineEvent> later = new ArrayList<>();
        eventsOn.tailMap(date, false).values().forEach(later::addAll);
        DisbursementPlan remaining = new DisbursementPlan(plan.end(), plan.pools(), plan.inflows(), plan.splits(),
                plan.tranches(), List.copyOf(objections.values()), later, plan.poolExpectations());
        return new Scenario(scenario.file(), scenario.name(), date, scenario.description(), scenario.sources(),
                scenario.packages(), List.copyOf(stances.values()), List.copyOf(conditions.values()),
                scenario.expectations(), scenario.notes(), scenario.coalitions(), scenario.claims(),
                scenario.coalitionExpectations(), remaining, scenario.parameters(), scenario.links(), scenario.stages());
    }

    private void decideOn(LocalDate date) {
        session.delete(decisionDate);
        decidedOn = date;
        decisionDate = session.insert(new ScenarioDate(date));
    }

    private void apply(TimelineEvent event) {
        if (event instanceof TimelineEvent.PositionChange p) {
            replace(p.stance());
        } else if (event instanceof TimelineEvent.ConditionChange c) {
            replace(c.condition());
        } else if (event instanceof TimelineEvent.Reproposal r) {
            r.stances().forEach(this::replace);
        } else if (event instanceof TimelineEvent.ObjectionChange o) {
            String key = PairKey.of(o.packageId(), o.member().code());
            FactHandle old = objectionHandles.remove(key);
            objections.remove(key);
            if (old != null) {
                session.delete(old);
            }
            if (o.objects()) {
                replace(new Objection(o.packageId(), o.member()));
            }
        }
    }

    private void replace(Stance stance) {
        String key = PairKey.of(stance.packageId(), stance.member().code());
        stances.put(key, stance);
        swap(stanceHandles.put(key, session.insert(stance)));
    }

    private void replace(Condition condition) {
        conditions.put(condition.name(), condition);
        swap(conditionHandles.put(condition.name(), session.insert(condition)));
    }

    private void replace(Objection objection) {
        String key = PairKey.of(objection.packageId(), objection.member().code());
        objections.put(key, objection);
        swap(objectionHandles.put(key, session.insert(objection)));
    }

    private void swap(FactHandle old) {
        if (old != null) {
            session.delete(old);
        }
    }

    private void fire(LocalDate date) {
        fired += FiringLimit.fire(session, maxFirings - fired, scenario.file());
        if (fired >= maxFirings) {
            throw FiringLimit.exceeded(scenario.file(), "on " + date, fired, limit, trace == null ? List.of() : trace.busiest(3),
                    inputFacts * visited.size());
        }
    }

    /**
     * Lets the rules reach the decisions of the facts changed since the last settling, each settling under the
     * whole budget of a date.
     *
     * @param where how a firing-limit error names what was being settled
     */
    void settle(String where) {
        long count = FiringLimit.fire(session, maxFirings, scenario.file());
        if (count >= maxFirings) {
            throw FiringLimit.exceeded(scenario.file(), where, count, limit, List.of(), 0);
        }
    }

    /** The session, for a what-if that changes facts in it directly (see {@link IncrementalEvaluator}). */
    KieSession session() {
        return session;
    }

    /**
     * The handle of the stance for a member's seat on a package as the evaluation put it in the session; null without
     * a seat. A what-if that swaps the stance through {@link #session()} keeps the new handle itself: from then on
     * {@link #standing()} is the scenario the what-if started from, not its current profile.
     */
    FactHandle stanceHandle(Stance stance) {
        return stanceHandles.get(PairKey.of(stance.packageId(), stance.member().code()));
    }

    /**
     * Puts {@code ballot} in the session in place of the ballot with its id (a package decided once, or a stage's
     * {@code PACKAGE/STAGE}): the old record deleted, the new one inserted, so truth maintenance retracts what was
     * derived from the old one. For a what-if on a ballot's own fields, such as the Parliament's counts
     * ({@link IncrementalEvaluator#setCount}); as with stances, {@link #standing()} keeps the ballot as written.
     *
     * @throws IllegalArgumentException when no ballot has that id
     */
    void replaceBallot(AidPackage ballot) {
        FactHandle old = ballotHandles.get(ballot.id());
        if (old == null) {
            throw new IllegalArgumentException("no ballot " + ballot.id());
        }
        session.delete(old);
        ballotHandles.put(ballot.id(), session.insert(ballot));
    }

    /** The scenario evaluated: as written, with the amounts of tranches written as shares of an inflow worked out. */
    public Scenario scenario() {
        return scenario;
    }

    public RuleSet rules() {
        return rules;
    }

    /** The date the current decisions are taken on. */
    public LocalDate decidedOn() {
        return decidedOn;
    }

    /** The timeline dates after the one decided on, whose events are not (yet) applied; sorted. */
    public List<LocalDate> datesNotPlayed() {
        return dates(scenario).stream().filter(d -> d.isAfter(decidedOn)).toList();
    }

    /** A package's verdict now: undecided without a decision, conflict when decisions disagree. */
    public Verdict verdict(String packageId) {
        return decisions.verdict(packageId);
    }

    /** Every member a current decision on the package names as blocking it, sorted. */
    public List<CountryCode> blockers(String packageId) {
        return decisions.blockers(packageId);
    }

    /** Each package's verdict now, by package id in id order. */
    public Map<String, Verdict> verdicts() {
        Map<String, Verdict> out = new TreeMap<>();
        scenario.packages().forEach(p -> out.put(p.id(), decisions.verdict(p.id())));
        return out;
    }

    /** Each package's outcome now, in the scenario's package order, with the rules traced as fired for it. */
    public List<PackageResult> packages() {
        return PackageResults.of(session, scenario, firings(), stageHistory);
    }

    /** Each coalition's outcome now, in the scenario's order. */
    public List<CoalitionResult> coalitions() {
        return CoalitionResults.of(session, scenario, firings());
    }

    /** Every firing so far, in order; empty when not {@link #traced}. */
    public List<Firing> firings() {
        return trace == null ? List.of() : trace.firings();
    }

    /** The notes of a run up to now (see {@link RunNotes}), for the dates {@link #playTo} visited. */
    public List<String> notes() {
        return RunNotes.of(rules, scenario, List.copyOf(visited), session);
    }

    @Override
    public void close() {
        session.dispose();
    }
}
