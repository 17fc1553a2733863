package org.aidsim.engine;

import java.time.LocalDate;
import java.util.List;
import org.aidsim.model.Disbursement;
import org.aidsim.model.Scenario;
import org.aidsim.model.ScenarioResult;
import org.aidsim.model.TimelineStep;

/** Runs scenarios through a compiled {@link RuleSet}: one fresh {@link Evaluation} per scenario (its whole timeline), under a firing limit. */
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
        try (Evaluation evaluation = Evaluation.traced(rules, budget, scenario)) {
            List<TimelineStep> steps = evaluation.playTo(asOf);
            return new ScenarioResult(scenario, evaluation.packages(), evaluation.coalitions(), evaluation.firings(),
                    new Disbursement(steps, asOf), rules.shownAs(), evaluation.notes(), rules.ruleBook());
        }
    }
}
