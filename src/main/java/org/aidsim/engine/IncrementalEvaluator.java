package org.aidsim.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.aidsim.model.AidPackage;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Note;
import org.aidsim.model.Position;
import org.aidsim.model.Scenario;
import org.aidsim.model.SeatCount;
import org.aidsim.model.Stage;
import org.aidsim.model.Stance;
import org.aidsim.model.Tally;
import org.aidsim.model.Verdict;
import org.aidsim.model.Vote;
import org.aidsim.model.VoteCount;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Evaluates many position profiles of one scenario in one {@link Evaluation} paused on the date decided on:
 * changing a member's position deletes its {@link Stance} and inserts the new one, and the engine's truth
 * maintenance retracts the votes, tally and decision derived from the old one, so each profile costs only the rules
 * its change touches. One instance per thread (a session is not thread-safe); close it when done. The later dates
 * and events of a disbursement timeline are not played.
 *
 * <p>Positions sit on ballots: each package is a ballot (index {@code p} below {@code packageIds().size()}), and each
 * stage of a package decided in stages is one more (its id {@code PACKAGE/STAGE}, see {@link Stage#ballotId}), indexed
 * after the packages in the scenario's order of stages. A member's position in a stage is a seat of its own; the
 * verdicts stay per package: a staged package's is the one stages.drl derives from its stages' ballots.
 */
public final class IncrementalEvaluator implements AutoCloseable {
    private static final Position[] POSITIONS = Position.values();

    private final Evaluation evaluation;
    /** What it was made from, for {@link #recipe()}: the scenario as given, the date asked for (null: its own), the budget. */
    private final Scenario given;
    private final LocalDate asOf;
    private final FiringBudget budget;
    private final KieSession session;
    /** The scenario as it stands on the date decided on (see {@link Evaluation#standing()}). */
    private final Scenario scenario;
    private final List<String> packageIds;
    /** The packages' ids, then each stage's ballot id ({@code PACKAGE/STAGE}). */
    private final List<String> ballotIds;
    /** Per ballot index: the stage it decides, null for a package's own ballot. */
    private final List<Stage> ballotStages;
    private final List<CountryCode> members;
    /** Slot {@code b * members + m}: the handle and stance in the session, null where m has no seat on ballot b. */
    private final FactHandle[] handles;
    private final Stance[] current;
    private final Stance[] original;
    /** The stance for each slot and plain position, made once so that profiles allocate nothing. */
    private final Stance[][] variants;
    /** Per ballot: the ballot in the session now where a count was set ({@link #setCount}); else null. */
    private final AidPackage[] ballots;

    /** The timeline dates after the scenario's own date, whose events an evaluator does not play; sorted. */
    public static List<LocalDate> datesNotPlayed(Scenario scenario) {
        return Evaluation.dates(scenario).stream().filter(d -> d.isAfter(scenario.date())).toList();
    }

    /** Decides on the scenario's own date. @param budget the firings one profile may take to settle */
    public IncrementalEvaluator(RuleSet rules, Scenario scenario, FiringBudget budget) {
        this(rules, scenario, null, budget);
    }

    /**
     * Decides on the last timeline date up to {@code asOf} (the scenario's own date when null), with the events up
     * to it applied, as {@code run --as-of} does (see {@link Evaluation#pauseOn}).
     *
     * @param budget the firings one profile may take to settle
     * @throws RunException when the declared positions do not settle within the budget
     */
    public IncrementalEvaluator(RuleSet rules, Scenario scenario, LocalDate asOf, FiringBudget budget) {
        this.evaluation = Evaluation.untraced(rules, budget, scenario);
        this.given = scenario;
        this.asOf = asOf;
        this.budget = budget;
        try {
            evaluation.pauseOn(asOf == null ? scenario.date() : asOf);
        } catch (RuntimeException e) {
            evaluation.close();
            throw e;
        }
        this.session = evaluation.session();
        this.scenario = evaluation.standing();
        this.packageIds = this.scenario.packages().stream().map(p -> p.id()).toList();
        List<String> ballots = new ArrayList<>(packageIds);
        List<Stage> stagesByBallot = new ArrayList<>(Collections.nCopies(packageIds.size(), (Stage) null));
        for (Stage stage : this.scenario.stages()) {
            ballots.add(stage.ballotId());
            stagesByBallot.add(stage);
        }
        this.ballotIds = List.copyOf(ballots);
        this.ballotStages = Collections.unmodifiableList(stagesByBallot);
        this.members = List.copyOf(new TreeSet<>(this.scenario.stances().stream().map(Stance::member).toList()));
        int slots = ballotIds.size() * members.size();
        this.handles = new FactHandle[slots];
        this.current = new Stance[slots];
        this.original = new Stance[slots];
        this.variants = new Stance[slots][];
        this.ballots = new AidPackage[ballotIds.size()];
        for (Stance s : this.scenario.stances()) {
            int slot = slot(ballotIds.indexOf(s.packageId()), members.indexOf(s.member()));
            original[slot] = s;
            current[slot] = s;
            handles[slot] = evaluation.stanceHandle(s);
            variants[slot] = new Stance[POSITIONS.length];
            for (Position p : POSITIONS) {
                if (p != Position.SUPPORT_IF) {
                    variants[slot][p.ordinal()] = s.declared() == p ? s : new Stance(s.packageId(), s.member(), s.population(), p, null);
                }
            }
        }
    }

    /**
     * What an evaluator is made from, so that several can be made at once, each on its own thread
     * ({@link ProfileWorkers}).
     *
     * @param asOf   the date to decide on, as for the constructor (null: the scenario's own)
     * @param budget the firings one profile may take to settle
     */
    public record Recipe(RuleSet rules, Scenario scenario, LocalDate asOf, FiringBudget budget) {
        /** A new evaluator, at the declared positions. @throws RunException as the constructor does */
        public IncrementalEvaluator open() {
            return new IncrementalEvaluator(rules, scenario, asOf, budget);
        }
    }

    /** What this evaluator was made from: {@code recipe().open()} is a twin of it, at the declared positions. */
    public Recipe recipe() {
        return new Recipe(evaluation.rules(), given, asOf, budget);
    }

    /** The scenario as it stands on the date decided on: the events up to it applied, dated on that day. */
    public Scenario scenario() {
        return scenario;
    }

    public List<String> packageIds() {
        return packageIds;
    }

    /** The ballots positions sit on: the packages (same index as {@link #packageIds()}), then every stage's. */
    public List<String> ballotIds() {
        return ballotIds;
    }

    /** The ballot indices of a package's stages in the scenario's order; empty for a package not decided in stages. */
    public List<Integer> stagesOf(int pkg) {
        String id = packageIds.get(pkg);
        List<Integer> out = new ArrayList<>();
        for (int b = packageIds.size(); b < ballotIds.size(); b++) {
            if (ballotStages.get(b).packageId().equals(id)) {
                out.add(b);
            }
        }
        return out;
    }

    /** The stage a ballot decides, or null for a package's own ballot. */
    public Stage stage(int ballot) {
        return ballotStages.get(ballot);
    }

    /** Every member seated on at least one ballot, sorted. */
    public List<CountryCode> members() {
        return members;
    }

    /**
     * The member has a vote on the ballot (a package, or a stage: see {@link #ballotIds()}) that a what-if may change
     * (not the member concerned, nor one outside).
     */
    public boolean seats(int pkg, int member) {
        Stance s = original[slot(pkg, member)];
        return s != null && s.declared().isVotable();
    }

    /** The stance the scenario declares for a seat. */
    public Stance declared(int pkg, int member) {
        return original[slot(pkg, member)];
    }

    /** Sets a member's declared position on one ballot (package or stage); null restores the scenario's own. No-op without a seat. */
    public void set(int pkg, int member, Position position) {
        int slot = slot(pkg, member);
        if (original[slot] == null || !original[slot].declared().isVotable()) {
            return;
        }
        Stance next = position == null ? original[slot] : variants[slot][position.ordinal()];
        if (next == null) {
            throw new IllegalArgumentException("support-if needs a condition; set a plain position");
        }
        if (next != current[slot]) {
            session.delete(handles[slot]);
            handles[slot] = session.insert(next);
            current[slot] = next;
        }
    }

    /** Sets a member's position on every ballot it has a seat on, each stage included (null: the scenario's own). */
    public void setEverywhere(int member, Position position) {
        for (int p = 0; p < ballotIds.size(); p++) {
            set(p, member, position);
        }
    }

    /** Back to the scenario's own positions and Parliament counts. */
    public void reset() {
        for (int p = 0; p < ballotIds.size(); p++) {
            for (int m = 0; m < members.size(); m++) {
                set(p, m, null);
            }
            if (ballots[p] != null && ballots[p] != ballot(p)) {
                evaluation.replaceBallot(ballot(p));
                ballots[p] = ballot(p);
            }
        }
    }

    /**
     * The Parliament's count on a ballot decided on counts (a package or a stage with {@code votes:}) after
     * {@link #settle()}: its votes against the seats on the scenario's date; empty for a ballot decided on positions.
     */
    public Optional<SeatCount> seatCount(int ballot) {
        String id = ballotIds.get(ballot);
        return session.getObjects(o -> o instanceof SeatCount c && c.packageId().equals(id)).stream()
                .map(SeatCount.class::cast).findFirst();
    }

    /**
     * Sets one of the Parliament's counts on a ballot decided on counts: {@code which} is for, against or abstain;
     * the other two stay as they are now. The caller keeps the three within the seats on the date
     * ({@link #seatCount}); the engine refuses a count above them.
     *
     * @throws IllegalArgumentException for a ballot without counts, or another word than for, against, abstain
     */
    public void setCount(int ballot, String which, long value) {
        AidPackage now = ballots[ballot] != null ? ballots[ballot] : ballot(ballot);
        if (now == null || now.votes() == null) {
            throw new IllegalArgumentException(ballotIds.get(ballot) + " is not decided on the Parliament's counts");
        }
        VoteCount v = now.votes();
        VoteCount next = switch (which) {
            case "for" -> new VoteCount(value, v.against(), v.abstain());
            case "against" -> new VoteCount(v.inFavour(), value, v.abstain());
            case "abstain" -> new VoteCount(v.inFavour(), v.against(), value);
            default -> throw new IllegalArgumentException("a count is for, against or abstain, not " + which);
        };
        if (!next.equals(v)) {
            AidPackage changed = new AidPackage(now.id(), now.title(), now.forum(), now.rule(), now.participation(),
                    now.amount(), now.cfsp(), next, now.costShares(), now.terms());
            evaluation.replaceBallot(changed);
            ballots[ballot] = changed;
        }
    }

    /** The ballot as the scenario writes it: the package decided once, or the stage's ballot. */
    private AidPackage ballot(int index) {
        Stage stage = ballotStages.get(index);
        return stage != null ? stage.ballot() : scenario.packages().get(index);
    }

    /** Lets the rules reach the decisions of the positions set so far. */
    public void settle() {
        evaluation.settle("while evaluating one profile");
    }

    /** The rules folder the evaluator runs. */
    public RuleSet rules() {
        return evaluation.rules();
    }

    /**
     * The ballot's tally after {@link #settle()}; empty when the rules have not tallied it (a coalition package, a
     * package decided in stages, a stage not reached).
     */
    public Optional<Tally> tally(int pkg) {
        String id = ballotIds.get(pkg);
        return session.getObjects(o -> o instanceof Tally t && t.packageId().equals(id)).stream()
                .map(Tally.class::cast).findFirst();
    }

    /**
     * How the rules read a member's current position on a package after {@link #settle()}: the position of its
     * {@link Vote}, which differs from the declared one where the rules reinterpret it (a constructive abstention
     * outside CFSP unanimity is an abstention). Empty without a seat or a vote.
     */
    public Optional<Position> votedAs(int pkg, int member) {
        if (original[slot(pkg, member)] == null) {
            return Optional.empty();
        }
        String id = ballotIds.get(pkg);
        CountryCode code = members.get(member);
        return session.getObjects(o -> o instanceof Vote v && v.packageId().equals(id) && v.member().equals(code))
                .stream().map(o -> ((Vote) o).position()).sorted().findFirst();
    }

    /**
     * The notes a run of the scenario's declared positions prints (see {@link RunNotes}): what the reader and the
     * rules read otherwise than written, and the rules folder when the packaged copy decides. Restores the
     * declared positions first.
     */
    public List<String> notes() {
        return notes(List.of(), List.of());
    }

    /**
     * The notes of the declared positions plus those the rules derive when one member of {@code varied} takes one
     * of its {@code choices} (null: its declared position) on every package, as a sweep varies them: a sweep over
     * constructive-abstain on a non-CFSP package says that it counts as an abstention there.
     */
    public List<String> notes(List<CountryCode> varied, List<List<Position>> choices) {
        reset();
        settle();
        Set<Note> derived = new LinkedHashSet<>(SessionFacts.sorted(session, Note.class));
        for (int i = 0; i < varied.size(); i++) {
            int member = members.indexOf(varied.get(i));
            for (Position choice : choices.get(i)) {
                if (member < 0 || choice == null) {
                    continue;
                }
                setEverywhere(member, choice);
                settle();
                derived.addAll(SessionFacts.sorted(session, Note.class));
                setEverywhere(member, null);
            }
        }
        settle();
        List<String> notes = new ArrayList<>(RunNotes.of(evaluation.rules(), scenario, List.of(), session));
        RunNotes.fromRules(scenario, derived.stream().sorted(Comparator.comparing(Note::toString)).toList())
                .stream().filter(n -> !notes.contains(n)).forEach(notes::add);
        return notes;
    }

    /** The outcome of a package after {@link #settle()}, by the one reading of {@link Evaluation#verdict}. */
    public Verdict verdict(int pkg) {
        return evaluation.verdict(packageIds.get(pkg));
    }

    public boolean passed(int pkg) {
        return verdict(pkg).passes();
    }

    /** Every member a decision on the package names as blocking it, sorted. */
    public List<CountryCode> blockers(int pkg) {
        return evaluation.blockers(packageIds.get(pkg));
    }

    @Override
    public void close() {
        evaluation.close();
    }

    private int slot(int pkg, int member) {
        return pkg * members.size() + member;
    }
}
