package org.aidsim.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.aidsim.model.AboutPackage;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Firing;
import org.aidsim.model.Stance;
import org.aidsim.model.Vote;
import org.aidsim.model.Exemption;
import org.aidsim.model.Objection;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records every rule firing with the packages and members its facts concern. */
final class FiringTrace extends DefaultAgendaEventListener {
    private final List<Firing> firings = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        TreeSet<String> packages = new TreeSet<>();
        TreeSet<CountryCode> members = new TreeSet<>();
        for (Object fact : event.getMatch().getObjects()) {
            if (fact instanceof AboutPackage about) {
                packages.add(about.packageId());
            }
            CountryCode member = memberOf(fact);
            if (member != null) {
                members.add(member);
            }
        }
        String rule = event.getMatch().getRule().getName();
        counts.merge(rule, 1, Integer::sum);
        firings.add(new Firing(firings.size() + 1, rule, List.copyOf(packages), List.copyOf(members)));
    }

    private static CountryCode memberOf(Object fact) {
        if (fact instanceof Stance s) {
            return s.member();
        }
        if (fact instanceof Vote v) {
            return v.member();
        }
        if (fact instanceof Exemption e) {
            return e.member();
        }
        if (fact instanceof Objection o) {
            return o.member();
        }
        return null;
    }

    List<Firing> firings() {
        return firings;
    }

    /** The rules that fired most, for the message when a run hits its firing limit. */
    List<String> busiest(int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(e -> "\"" + e.getKey() + "\" (" + e.getValue() + " times)")
                .toList();
    }
}
