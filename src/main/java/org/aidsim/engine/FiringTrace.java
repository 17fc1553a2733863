package org.aidsim.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.aidsim.model.AboutCoalition;
import org.aidsim.model.AboutMember;
import org.aidsim.model.AboutPackage;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Firing;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records every rule firing with the packages, coalitions and members its facts concern. */
final class FiringTrace extends DefaultAgendaEventListener {
    private final List<Firing> firings = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        TreeSet<String> packages = new TreeSet<>();
        TreeSet<String> coalitions = new TreeSet<>();
        TreeSet<CountryCode> members = new TreeSet<>();
        for (Object fact : event.getMatch().getObjects()) {
            if (fact instanceof AboutPackage about) {
                packages.add(about.packageId());
            }
            if (fact instanceof AboutCoalition about) {
                coalitions.add(about.coalitionId());
            }
            CountryCode member = memberOf(fact);
            if (member != null) {
                members.add(member);
            }
        }
        String rule = event.getMatch().getRule().getName();
        counts.merge(rule, 1, Integer::sum);
        firings.add(new Firing(firings.size() + 1, rule, List.copyOf(packages), List.copyOf(coalitions),
                List.copyOf(members)));
    }

    private static CountryCode memberOf(Object fact) {
        return fact instanceof AboutMember about ? about.member() : null;
    }

    List<Firing> firings() {
        return firings;
    }

    /** The rules that fired most (name to count, most first), for the message when a run hits its firing limit. */
    List<Map.Entry<String, Integer>> busiest(int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(e -> Map.entry(e.getKey(), e.getValue()))
                .toList();
    }
}
