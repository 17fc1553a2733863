package org.aidsim.scenario;

import java.util.Optional;
import java.util.Set;
import org.aidsim.model.AidPackage;
import org.aidsim.model.DecisionRule;
import org.aidsim.model.Forum;
import org.aidsim.model.Money;
import org.aidsim.model.Participation;

/**
 * Checks a package delivered through a coalition ({@code coalition: ID}): the coalition decides it by its own
 * voluntary rule, so the package names no forum, no other rule and no positions.
 */
final class CoalitionPackageValidator {
    private final Problems problems;
    private final Set<String> coalitions;
    private final Forum kind;
    private final String parameters;

    /**
     * @param kind how a coalition decides, from parameters.yaml ({@code coalition: rules: [coalition]})
     * @param parameters that parameters.yaml as a message cites it (the rules folder in use)
     */
    CoalitionPackageValidator(Problems problems, Set<String> coalitions, Forum kind, String parameters) {
        this.problems = problems;
        this.coalitions = coalitions;
        this.kind = kind;
        this.parameters = parameters;
    }

    Optional<AidPackage> validate(ScenarioDocument.PackageDocument p, FieldPath at) {
        boolean ok = true;
        if (!coalitions.contains(p.coalition())) {
            problems.add(at.field("coalition"), "unknown coalition '" + p.coalition() + "'; "
                    + (coalitions.isEmpty() ? "declare it under coalitions" : "coalitions in this scenario: " + String.join(", ", coalitions)));
            ok = false;
        }
        if (p.forum() != null) {
            problems.add(at.field("forum"), "a package delivered through a coalition is decided by the coalition;"
                    + " drop forum (or drop coalition for a decision of " + p.forum() + ")");
            ok = false;
        }
        if (p.rule() != null && DecisionRule.fromWord(p.rule()).filter(kind::allows).isEmpty()) {
            problems.add(at.field("rule"), "rule " + p.rule() + " has no meaning for a package delivered through a coalition;"
                    + " valid rules: " + kind.ruleWords() + " (" + parameters + ")");
            ok = false;
        }
        if (p.positions() != null && !p.positions().isEmpty()) {
            problems.add(at.field("positions"), "a package delivered through a coalition takes no positions;"
                    + " its members decide by joining and pledging");
            ok = false;
        }
        if (p.participation() != null && !Participation.VOLUNTARY.word().equals(p.participation())) {
            problems.add(at.field("participation"), "membership of a coalition is voluntary; participation must be voluntary");
            ok = false;
        }
        if (Boolean.TRUE.equals(p.cfsp())) {
            problems.add(at.field("cfsp"), "cfsp marks a decision of the EU's common foreign and security policy;"
                    + " a package delivered through a coalition is not one: drop cfsp");
            ok = false;
        }
        Money amount = p.amount() == null || p.amount().isNull() ? null
                : ScenarioValidator.money(problems, p.amount(), at.field("amount")).orElse(null);
        return ok ? Optional.of(new AidPackage(p.id(), p.title(), p.coalition(), kind.defaultRule(),
                Participation.VOLUNTARY, amount)) : Optional.empty();
    }
}
