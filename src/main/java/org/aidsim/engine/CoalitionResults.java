package org.aidsim.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aidsim.model.AboutCoalition;
import org.aidsim.model.Coalition;
import org.aidsim.model.CoalitionResult;
import org.aidsim.model.CoalitionStatus;
import org.aidsim.model.Firing;
import org.aidsim.model.NotAMember;
import org.aidsim.model.Roll;
import org.aidsim.model.Scenario;
import org.aidsim.model.TargetCheck;
import org.aidsim.model.UncountedPledge;
import org.kie.api.runtime.KieSession;

/** Reads each coalition's outcome from a settled session: its roll, status, target check and left-out entries. */
final class CoalitionResults {
    private CoalitionResults() {
    }

    static List<CoalitionResult> of(KieSession session, Scenario scenario, List<Firing> firings) {
        Map<String, List<Roll>> rolls = facts(session, Roll.class);
        Map<String, List<CoalitionStatus>> statuses = facts(session, CoalitionStatus.class);
        Map<String, List<TargetCheck>> targets = facts(session, TargetCheck.class);
        Map<String, List<NotAMember>> outside = facts(session, NotAMember.class);
        Map<String, List<UncountedPledge>> uncounted = facts(session, UncountedPledge.class);
        List<CoalitionResult> out = new ArrayList<>();
        for (Coalition c : scenario.coalitions()) {
            String id = c.id();
            Roll roll = rolls.getOrDefault(id, List.of()).stream().findFirst().orElse(Roll.of(id, List.of()));
            List<CoalitionStatus> status = statuses.getOrDefault(id, List.of());
            List<String> reasons = new ArrayList<>();
            boolean active = status.size() == 1 && status.get(0).active();
            if (status.isEmpty()) {
                reasons.add("no rule decided whether " + id + " is active: the rules folder has no coalition activity rule that matched");
            } else if (status.size() > 1) {
                reasons.add("rules disagree on whether " + id + " is active");
            }
            status.forEach(s -> reasons.addAll(s.reasons()));
            List<TargetCheck> target = targets.getOrDefault(id, List.of());
            target.forEach(t -> reasons.add(t.reason()));
            outside.getOrDefault(id, List.of()).stream().sorted(Comparator.comparing(NotAMember::member))
                    .forEach(n -> reasons.add(n.reason()));
            uncounted.getOrDefault(id, List.of()).stream().sorted(Comparator.comparing(UncountedPledge::member))
                    .forEach(u -> reasons.add(u.reason()));
            Boolean met = c.hasTarget() && target.size() == 1 ? target.get(0).met() : null;
            out.add(new CoalitionResult(c, active, roll.leads(), roll.codes(), roll.pledged(), met, reasons,
                    fired(firings, id)));
        }
        return out;
    }

    private static List<String> fired(List<Firing> firings, String id) {
        return firings.stream().filter(f -> f.coalitionIds().contains(id)).map(Firing::rule)
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().toList();
    }

    private static <T extends AboutCoalition> Map<String, List<T>> facts(KieSession session, Class<T> type) {
        return SessionFacts.sorted(session, type).stream().collect(Collectors.groupingBy(AboutCoalition::coalitionId));
    }
}
