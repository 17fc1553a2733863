package org.aidsim.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aidsim.model.AidPackage;
import org.aidsim.model.Money;
import org.aidsim.model.Stage;
import org.aidsim.model.Tranche;

/**
 * Reads one package's tranches: pool, amount or share of an inflow, the conditions of release, and the implementing
 * stage that gates it ({@code stage:}, which must name a stage of the package marked {@code implementing: true}).
 */
final class TrancheReader {
    private final DisbursementValidator plan;
    private final Problems problems;
    private final AidPackage aidPackage;
    private final FieldPath at;
    private final List<Stage> stages;

    TrancheReader(DisbursementValidator plan, AidPackage aidPackage, FieldPath at, List<Stage> stages) {
        this.plan = plan;
        this.problems = plan.problems();
        this.aidPackage = aidPackage;
        this.at = at;
        this.stages = List.copyOf(stages);
    }

    List<Tranche> read(List<ScenarioDocument.TrancheDocument> written) {
        if (written == null) {
            return List.of();
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Tranche> out = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            ScenarioDocument.TrancheDocument t = written.get(i);
            FieldPath here = at.index(i);
            if (t == null) {
                problems.add(here, "expected a tranche with id, pool and amount (or share and inflow)");
                continue;
            }
            if (!plan.id(t.id(), here.field("id"), "a tranche", index.keySet())) {
                continue;
            }
            index.put(t.id(), i);
            tranche(t, here).ifPresent(out::add);
        }
        checkAfter(written, index);
        return out;
    }

    private Optional<Tranche> tranche(ScenarioDocument.TrancheDocument t, FieldPath here) {
        boolean poolKnown = t.pool() != null && plan.known(t.pool(), here.field("pool"));
        if (t.pool() == null) {
            problems.add(here.field("pool"), "a tranche needs the pool it is paid from; " + plan.poolList());
        }
        Optional<Sum> sum = sum(t, here, poolKnown);
        LocalDate notBefore = t.notBefore() == null ? null : plan.date(t.notBefore(), here.field("not-before"));
        List<String> conditions = t.conditions() == null ? List.of() : t.conditions();
        for (int j = 0; j < conditions.size(); j++) {
            if (!plan.conditions().contains(conditions.get(j))) {
                problems.add(here.field("conditions").index(j), "unknown condition '" + conditions.get(j)
                        + "'; declare it under conditions (declared: " + (plan.conditions().isEmpty() ? "none"
                        : String.join(", ", new TreeSet<>(plan.conditions()))) + ")");
            }
        }
        boolean stageOk = t.stage() == null || stage(t.stage(), here.field("stage"));
        if (!poolKnown || sum.isEmpty() || !stageOk) {
            return Optional.empty();
        }
        return Optional.of(new Tranche(aidPackage.id(), t.id(), t.pool(), sum.get().amount(),
                t.adopted() == null || t.adopted(), notBefore, t.after(), conditions, plan.nextOrder(), sum.get().share(),
                t.stage()));
    }

    /**
     * Whether {@code stage:} names an implementing stage of the package; otherwise reports why not: the package has no
     * stages, the stage is unknown (the package's stages listed), or it is a step of the adoption (or the renewal).
     */
    private boolean stage(String named, FieldPath here) {
        List<Stage> decided = stages.stream().filter(s -> !s.renewal()).toList();
        if (decided.isEmpty()) {
            problems.add(here, "package " + aidPackage.id() + " has no stages, so no implementing stage can gate this"
                    + " tranche; write the package's decisions under stages: and add one with implementing: true and id "
                    + named + ", or leave stage out");
            return false;
        }
        Optional<Stage> found = stages.stream().filter(s -> s.id().equals(named)).findFirst();
        if (found.isEmpty()) {
            problems.add(here, "unknown stage '" + named + "'; stages of " + aidPackage.id() + ": "
                    + String.join(", ", decided.stream().map(Stage::id).toList()));
            return false;
        }
        if (!found.get().implementing()) {
            problems.add(here, "stage '" + named + "' of " + aidPackage.id() + " is " + (found.get().renewal()
                    ? "its renewal, which keeps the package in force and gates no tranche; name an implementing stage"
                    : "a step of the package's adoption, not an implementing decision; mark it implementing: true (it"
                    + " then stops counting toward the package's adoption and gates only the tranches naming it), or"
                    + " leave stage out (every tranche already waits for the adoption)"));
            return false;
        }
        return true;
    }

    /** A tranche's money as written: an amount, or a share of an inflow whose amount the engine works out. */
    private record Sum(Money amount, Tranche.Share share) {
    }

    private Optional<Sum> sum(ScenarioDocument.TrancheDocument t, FieldPath here, boolean poolKnown) {
        boolean hasAmount = t.amount() != null && !t.amount().isNull();
        boolean hasShare = t.share() != null && !t.share().isNull();
        if (hasAmount == hasShare) {
            problems.add(here, "a tranche needs either amount, or share with inflow (the date of the pool's inflow it takes a share of)");
            return Optional.empty();
        }
        if (hasAmount) {
            if (t.inflow() != null) {
                problems.add(here.field("inflow"), "inflow goes with share; a tranche with an amount has no inflow");
            }
            return plan.amounts().read(t.amount(), here.field("amount")).map(m -> new Sum(m, null));
        }
        Optional<BigDecimal> share = Shares.percent(problems, t.share(), here.field("share"));
        if (t.inflow() == null) {
            problems.add(here.field("inflow"), "a share needs the date of the inflow it is a share of");
            return Optional.empty();
        }
        LocalDate on = plan.date(t.inflow(), here.field("inflow"));
        if (share.isEmpty() || on == null || !poolKnown) {
            return Optional.empty();
        }
        if (!plan.mayReceiveOn(t.pool(), on)) {
            problems.add(here.field("inflow"), "pool " + t.pool() + " receives no money on " + on
                    + "; a share is taken of an inflow listed under the pool or its events");
            return Optional.empty();
        }
        return Optional.of(new Sum(null, new Tranche.Share(share.get(), on, problems.place(here.field("inflow")))));
    }

    private void checkAfter(List<ScenarioDocument.TrancheDocument> written, Map<String, Integer> index) {
        Map<String, List<String>> edges = new TreeMap<>();
        index.forEach((id, i) -> {
            String after = written.get(i).after();
            if (after == null) {
                return;
            }
            FieldPath here = at.index(i).field("after");
            if (after.equals(id)) {
                problems.add(here, "tranche " + id + " cannot follow itself");
            } else if (!index.containsKey(after)) {
                problems.add(here, "unknown tranche '" + after + "'; tranches of " + aidPackage.id() + ": "
                        + String.join(", ", index.keySet()));
            } else {
                edges.put(id, List.of(after));
            }
        });
        Cycles.find(edges).ifPresent(cycle -> problems.add(at.index(index.get(cycle.get(0))).field("after"),
                "tranches " + String.join(" -> ", cycle) + " each wait for the other to be paid; none could ever be released"));
    }
}
