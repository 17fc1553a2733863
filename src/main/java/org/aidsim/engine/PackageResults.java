package org.aidsim.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aidsim.model.AboutPackage;
import org.aidsim.model.AidPackage;
import org.aidsim.model.Decision;
import org.aidsim.model.Dependency;
import org.aidsim.model.Exemption;
import org.aidsim.model.Firing;
import org.aidsim.model.PackageResult;
import org.aidsim.model.Scenario;
import org.aidsim.model.Unmet;
import org.aidsim.model.SeatCount;
import org.aidsim.model.Stage;
import org.aidsim.model.StageOutcome;
import org.aidsim.model.StageResult;
import org.aidsim.model.Thresholds;
import org.aidsim.model.Verdict;
import org.aidsim.model.Vote;
import org.kie.api.runtime.KieSession;

/**
 * Reads each package's outcome from a settled session: its verdict (as {@link Decisions} reads it), blockers,
 * reasons, exemptions, votes, dependencies and the rules that fired for it, in the scenario's package order.
 */
final class PackageResults {
    private PackageResults() {
    }

    /** Dates each stage's outcome by {@code history}: the day it became what it is (see {@link StageHistory}). */
    static List<PackageResult> of(KieSession session, Scenario scenario, List<Firing> firings, StageHistory history) {
        Map<String, List<Decision>> decisions = factsByPackage(session, Decision.class);
        Map<String, List<Exemption>> exemptions = factsByPackage(session, Exemption.class);
        Map<String, List<Vote>> votes = factsByPackage(session, Vote.class);
        Map<String, List<Dependency>> dependencies = factsByPackage(session, Dependency.class);
        Map<String, List<Unmet>> unmet = factsByPackage(session, Unmet.class);
        Map<String, SeatCount> counts = new HashMap<>();
        SessionFacts.unordered(session, SeatCount.class).forEach(c -> counts.put(c.packageId(), c));
        Thresholds thresholds = SessionFacts.unordered(session, Thresholds.class).stream().findFirst().orElse(null);
        // One pass over the trace, not one per package: a large input has many packages and many firings.
        Map<String, LinkedHashSet<String>> firedByPackage = new HashMap<>();
        for (Firing f : firings) {
            f.packageIds().forEach(id -> firedByPackage.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(f.rule()));
        }
        List<PackageResult> out = new ArrayList<>();
        for (AidPackage p : scenario.packages()) {
            List<String> fired = List.copyOf(firedByPackage.getOrDefault(p.id(), new LinkedHashSet<>()));
            PackageResult result = result(p, Decisions.prevailing(decisions.getOrDefault(p.id(), List.of())),
                    sorted(exemptions.getOrDefault(p.id(), List.of()), Exemption::member),
                    sorted(votes.getOrDefault(p.id(), List.of()), Vote::member),
                    dependencies.getOrDefault(p.id(), List.of()), fired);
            if (result.verdict() == Verdict.WAITING) {
                result = result.withWaitsFor(unmet.getOrDefault(p.id(), List.of()).stream().map(Unmet::required).toList());
            }
            SeatCount count = counts.get(p.id());
            if (count != null) {
                result = result.withCount(count);
            }
            List<Stage> stages = scenario.stagesOf(p.id());
            if (!stages.isEmpty()) {
                Map<String, List<StageOutcome>> outcomes = factsByPackage(session, StageOutcome.class).getOrDefault(p.id(), List.of())
                        .stream().collect(Collectors.groupingBy(StageOutcome::stageId));
                result = result.withStages(stages.stream().map(s -> withCount(stage(s, outcomes.getOrDefault(s.id(), List.of()), history,
                        sorted(votes.getOrDefault(s.ballotId(), List.of()), Vote::member),
                        List.copyOf(firedByPackage.getOrDefault(s.ballotId(), new LinkedHashSet<>()))),
                        counts.get(s.ballotId()), thresholds)).toList());
            }
            out.add(result);
        }
        return out;
    }

    /**
     * One stage's result from its outcomes (one, or several when rules disagree: then conflict), with the rules that
     * fired for its ballot; undecided when no rule gave it an outcome.
     */
    private static StageResult stage(Stage s, List<StageOutcome> outcomes, StageHistory history, List<Vote> votes,
                                     List<String> fired) {
        if (outcomes.isEmpty()) {
            return new StageResult(s, Verdict.UNDECIDED, Verdict.UNDECIDED.word(), s.dueOn(), List.of(),
                    List.of("no rule decided this stage: the rules folder has no decision rule for " + s.rule()
                            + " in " + s.forum() + " that matched"), votes, fired);
        }
        List<String> reasons = outcomes.stream().flatMap(o -> o.reasons().stream()).distinct().toList();
        List<org.aidsim.model.CountryCode> blockers = outcomes.stream().flatMap(o -> o.blockers().stream()).sorted().distinct().toList();
        Verdict verdict = stageVerdict(outcomes);
        String word = verdict == Verdict.CONFLICT ? Verdict.CONFLICT.word() : outcomes.get(0).outcome();
        // A pending stage shows the day it is due; a decided one the day it became what it is (a lapse on its
        // deadline, a stage re-decided by a timeline event on that event's day), else, on a paused date, its due day.
        java.time.LocalDate since = history.since(s.packageId(), s.id(), verdict);
        java.time.LocalDate on = switch (verdict) {
            case NOT_REACHED -> null;
            case PENDING -> s.dueOn();
            case LAPSED -> since != null ? since : s.deadline();
            default -> since != null ? since : s.dueOn();
        };
        return new StageResult(s, verdict, word, on, blockers, reasons, votes, fired);
    }

    /**
     * A Parliament stage's result with the count of its ballot (the session's {@link SeatCount}, against the seats
     * on the day the stage is due) and the votes for its rule needed on it; a stage without a count as it is.
     */
    private static StageResult withCount(StageResult result, SeatCount count, Thresholds thresholds) {
        if (count == null) {
            return result;
        }
        java.util.OptionalLong needed = thresholds == null ? java.util.OptionalLong.empty()
                : count.needed(result.stage().rule(), thresholds);
        return result.withCount(count, needed.isPresent() ? needed.getAsLong() : null);
    }

    private static PackageResult result(AidPackage p, List<Decision> decisions, List<Exemption> exemptions,
                                        List<Vote> votes, List<Dependency> dependencies, List<String> fired) {
        if (decisions.isEmpty()) {
            return new PackageResult(p, Verdict.UNDECIDED, List.of(),
                    List.of("no rule decided this package: the rules folder has no decision rule for " + p.rule()
                            + " that matched"), exemptions, votes, dependencies, fired);
        }
        if (Decisions.disagree(decisions)) {
            List<String> reasons = new ArrayList<>();
            reasons.add("rules disagree: " + decisions.stream().map(d -> d.verdict().word()).distinct().sorted()
                    .collect(Collectors.joining(" and ")));
            decisions.forEach(d -> reasons.addAll(d.reasons()));
            return new PackageResult(p, Verdict.CONFLICT, Decisions.blockers(decisions), reasons, exemptions, votes,
                    dependencies, fired);
        }
        List<String> reasons = decisions.stream().flatMap(d -> d.reasons().stream()).distinct().toList();
        return new PackageResult(p, decisions.get(0).verdict(), Decisions.blockers(decisions), reasons, exemptions, votes, dependencies, fired);
    }

    /** A stage's verdict from its outcomes: theirs, or conflict when rules gave it different ones. */
    static Verdict stageVerdict(List<StageOutcome> outcomes) {
        return outcomes.stream().map(StageOutcome::verdict).distinct().count() > 1 ? Verdict.CONFLICT
                : outcomes.get(0).verdict();
    }

    private static <T extends AboutPackage> Map<String, List<T>> factsByPackage(KieSession session, Class<T> type) {
        return SessionFacts.sorted(session, type).stream().collect(Collectors.groupingBy(AboutPackage::packageId));
    }

    private static <T> List<T> sorted(List<T> facts, Function<T, ? extends Comparable> key) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<T> byKey = (a, b) -> ((Comparable) key.apply(a)).compareTo(key.apply(b));
        return facts.stream().sorted(byKey.thenComparing(Object::toString)).toList();
    }
}
