package org.aidsim.engine;

import java.time.LocalDate;
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
import org.aidsim.model.Disbursement;
import org.aidsim.model.Dependency;
import org.aidsim.model.Exemption;
import org.aidsim.model.Firing;
import org.aidsim.model.PackageResult;
import org.aidsim.model.Scenario;
import org.aidsim.model.ScenarioResult;
import org.aidsim.model.Verdict;
import org.aidsim.model.Vote;
import org.kie.api.runtime.KieSession;

/** Runs scenarios through a compiled {@link RuleSet}: one fresh session per scenario (its whole timeline), under a firing limit. */
public final class Simulator {
    private final RuleSet rules;
    private final FiringBudget budget;

    /** @param budget the firings a run may take on each date before it counts as not settling */
    public Simulator(RuleSet rules, FiringBudget budget) {
        this.rules = rules;
        this.budget = budget;
    }

    /** With the default budget, scaled to each scenario's size ({@link FiringBudget#SCALED}). */
    public Simulator(RuleSet rules) {
        this(rules, FiringBudget.SCALED);
    }

    public RuleSet rules() {
        return rules;
    }

    public FiringBudget budget() {
        return budget;
    }

    public ScenarioResult run(Scenario scenario) {
        return run(scenario, null);
    }

    /**
     * Runs the scenario's timeline in one session up to {@code asOf} (its last date when null). A scenario without
     * pools, tranches or events has one date, its own, and runs exactly as a single decision.
     */
    public ScenarioResult run(Scenario scenario, LocalDate asOf) {
        Timeline.Run run = new Timeline(rules, budget, scenario).run(asOf);
        return new ScenarioResult(scenario, run.packages(), run.coalitions(), run.trace(), new Disbursement(run.steps(), asOf),
                rules.shownAs(), run.notes(), rules.ruleBook());
    }

    static List<PackageResult> results(KieSession session, Scenario scenario, List<Firing> firings) {
        Map<String, List<Decision>> decisions = factsByPackage(session, Decision.class);
        Map<String, List<Exemption>> exemptions = factsByPackage(session, Exemption.class);
        Map<String, List<Vote>> votes = factsByPackage(session, Vote.class);
        Map<String, List<Dependency>> dependencies = factsByPackage(session, Dependency.class);
        // One pass over the trace, not one per package: a large input has many packages and many firings.
        Map<String, LinkedHashSet<String>> firedByPackage = new HashMap<>();
        for (Firing f : firings) {
            f.packageIds().forEach(id -> firedByPackage.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(f.rule()));
        }
        List<PackageResult> out = new ArrayList<>();
        for (AidPackage p : scenario.packages()) {
            List<String> fired = List.copyOf(firedByPackage.getOrDefault(p.id(), new LinkedHashSet<>()));
            out.add(result(p, decisions.getOrDefault(p.id(), List.of()),
                    sorted(exemptions.getOrDefault(p.id(), List.of()), Exemption::member),
                    sorted(votes.getOrDefault(p.id(), List.of()), Vote::member),
                    dependencies.getOrDefault(p.id(), List.of()), fired));
        }
        return out;
    }

    /**
     * Each package's verdict (package id to verdict, in id order) as {@link #results} gives it, read from the
     * decisions alone: a timeline records it on every date, and the votes and reasons it would not use cost more.
     */
    static Map<String, Verdict> verdicts(KieSession session, Scenario scenario) {
        Map<String, List<Decision>> decisions = SessionFacts.unordered(session, Decision.class).stream()
                .collect(Collectors.groupingBy(AboutPackage::packageId));
        Map<String, Verdict> out = new java.util.TreeMap<>();
        for (AidPackage p : scenario.packages()) {
            out.put(p.id(), verdict(decisions.getOrDefault(p.id(), List.of())));
        }
        return out;
    }

    /** Undecided without a decision, conflict when decisions disagree (in any order), else their verdict. */
    private static Verdict verdict(List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return Verdict.UNDECIDED;
        }
        return disagree(decisions) ? Verdict.CONFLICT : decisions.get(0).verdict();
    }

    private static boolean disagree(List<Decision> decisions) {
        return decisions.stream().anyMatch(d -> d.verdict() != decisions.get(0).verdict());
    }

    private static PackageResult result(AidPackage p, List<Decision> decisions, List<Exemption> exemptions,
                                        List<Vote> votes, List<Dependency> dependencies, List<String> fired) {
        if (decisions.isEmpty()) {
            return new PackageResult(p, Verdict.UNDECIDED, List.of(),
                    List.of("no rule decided this package: the rules folder has no decision rule for " + p.rule()
                            + " that matched"), exemptions, votes, dependencies, fired);
        }
        Decision first = decisions.get(0);
        if (disagree(decisions)) {
            List<String> reasons = new ArrayList<>();
            reasons.add("rules disagree: " + decisions.stream().map(d -> d.verdict().word()).distinct().sorted()
                    .collect(Collectors.joining(" and ")));
            decisions.forEach(d -> reasons.addAll(d.reasons()));
            return new PackageResult(p, Verdict.CONFLICT, blockers(decisions), reasons, exemptions, votes, dependencies, fired);
        }
        List<String> reasons = decisions.stream().flatMap(d -> d.reasons().stream()).distinct().toList();
        return new PackageResult(p, first.verdict(), blockers(decisions), reasons, exemptions, votes, dependencies, fired);
    }

    private static List<org.aidsim.model.CountryCode> blockers(List<Decision> decisions) {
        return decisions.stream().flatMap(d -> d.blockers().stream()).sorted().distinct().toList();
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
