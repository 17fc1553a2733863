package org.aidsim.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidsim.model.Condition;
import org.aidsim.model.DisbursementPlan;
import org.aidsim.model.Objection;
import org.aidsim.model.Scenario;
import org.aidsim.model.Stance;
import org.aidsim.model.TimelineEvent;

/**
 * A scenario as it stands on a later date: its positions, conditions and objections after the timeline events up to
 * that date (in date order, as {@link Timeline} applies them), decided on that date (so coalition members who joined
 * by then count). The events after it stay in the plan. This is how pivots and sweep look at a date without
 * playing a timeline per profile; a test checks that its decisions are those of {@code run --as-of}.
 */
public final class ScenarioOn {
    private ScenarioOn() {
    }

    /**
     * The scenario on the last timeline date up to {@code asOf} (the date {@code run --as-of} decides on: a
     * timeline visits only its own dates); the scenario itself when that is its own date.
     */
    public static Scenario on(Scenario scenario, LocalDate asOf) {
        LocalDate date = scenario.date();
        for (LocalDate d : Timeline.dates(scenario)) {
            if (!d.isAfter(asOf)) {
                date = d;
            }
        }
        if (!date.isAfter(scenario.date())) {
            return scenario;
        }
        Map<String, Stance> stances = new LinkedHashMap<>();
        scenario.stances().forEach(s -> stances.put(key(s.packageId(), s.member().code()), s));
        Map<String, Condition> conditions = new LinkedHashMap<>();
        scenario.conditions().forEach(c -> conditions.put(c.name(), c));
        DisbursementPlan plan = scenario.disbursement();
        Map<String, Objection> objections = new LinkedHashMap<>();
        plan.objections().forEach(o -> objections.put(key(o.packageId(), o.member().code()), o));
        List<TimelineEvent> later = new ArrayList<>();
        List<TimelineEvent> events = plan.events().stream().sorted(Comparator.comparing(TimelineEvent::date)).toList();
        for (TimelineEvent event : events) {
            if (event.date().isAfter(date)) {
                later.add(event);
            } else if (event instanceof TimelineEvent.PositionChange p) {
                stances.put(key(p.stance().packageId(), p.stance().member().code()), p.stance());
            } else if (event instanceof TimelineEvent.Reproposal r) {
                r.stances().forEach(s -> stances.put(key(s.packageId(), s.member().code()), s));
            } else if (event instanceof TimelineEvent.ConditionChange c) {
                conditions.put(c.condition().name(), c.condition());
            } else if (event instanceof TimelineEvent.ObjectionChange o) {
                String key = key(o.packageId(), o.member().code());
                objections.remove(key);
                if (o.objects()) {
                    objections.put(key, new Objection(o.packageId(), o.member()));
                }
            }
        }
        DisbursementPlan remaining = new DisbursementPlan(plan.end(), plan.pools(), plan.inflows(), plan.splits(),
                plan.tranches(), List.copyOf(objections.values()), later, plan.poolExpectations());
        return new Scenario(scenario.file(), scenario.name(), date, scenario.description(), scenario.sources(),
                scenario.packages(), List.copyOf(stances.values()), List.copyOf(conditions.values()),
                scenario.expectations(), scenario.notes(), scenario.coalitions(), scenario.claims(),
                scenario.coalitionExpectations(), remaining, scenario.parameters());
    }

    private static String key(String packageId, String member) {
        return packageId + "\u0000" + member;
    }
}
