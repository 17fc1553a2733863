package org.aidsim.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.aidsim.model.AidPackage;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Forum;
import org.aidsim.model.Institutions;
import org.aidsim.model.Note;
import org.aidsim.model.Roster;
import org.aidsim.model.Scenario;
import org.kie.api.runtime.KieSession;

/**
 * Everything a run read otherwise than it was written, as the lines of a report's notes: the reader's notes (empty
 * fields that took a default, population weights of another year), the rules folder when the packaged copy decides,
 * rosters that change on a date the timeline visits, and the {@link Note}s the rules derive. De-duplicated and in a
 * fixed order: one line per package, kind and reason, listing the members it concerns.
 */
final class RunNotes {
    private RunNotes() {
    }

    static List<String> of(RuleSet rules, Scenario scenario, List<LocalDate> visited, KieSession session) {
        List<String> notes = new ArrayList<>(scenario.notes());
        rules.note().ifPresent(notes::add);
        notes.addAll(rosters(rules.institutions(), scenario, visited));
        notes.addAll(fromRules(scenario, SessionFacts.sorted(session, Note.class)));
        return notes.stream().distinct().toList();
    }

    /**
     * "eu-council-pkg: constructive-abstain counted as abstain (AT BE): why", one line per package, what and why, in
     * the scenario's package order; a stage's notes follow its package's, named by its ballot ({@code PACKAGE/STAGE}).
     */
    static List<String> fromRules(Scenario scenario, List<Note> notes) {
        Map<String, Map<List<String>, TreeSet<CountryCode>>> byPackage = new TreeMap<>();
        for (Note n : notes) {
            byPackage.computeIfAbsent(n.packageId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(List.of(n.what(), n.why()), k -> new TreeSet<>()).add(n.member());
        }
        List<String> out = new ArrayList<>();
        for (AidPackage p : scenario.packages()) {
            List<String> ballots = new ArrayList<>(List.of(p.id()));
            scenario.stagesOf(p.id()).forEach(s -> ballots.add(s.ballotId()));
            for (String ballot : ballots) {
                byPackage.getOrDefault(ballot, Map.of()).entrySet().stream()
                        .sorted(Map.Entry.comparingByKey((a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b))))
                        .forEach(e -> out.add(ballot + ": " + e.getKey().get(0) + " (" + codes(e.getValue()) + "): "
                                + e.getKey().get(1)));
            }
        }
        return out;
    }

    /**
     * A forum's members are those seated on the scenario's date for the whole timeline (pivots and sweep --as-of
     * keep them too); says so for each roster that the last date decided on would change (Sweden joining NATO on
     * 2024-03-07, say).
     */
    static List<String> rosters(Institutions institutions, Scenario scenario, List<LocalDate> visited) {
        Map<String, List<String>> forumsByRoster = new TreeMap<>();
        Map<String, TreeSet<CountryCode>> seatedByRoster = new TreeMap<>();
        for (AidPackage p : scenario.packages()) {
            institutions.forum(p.forum()).map(Forum::roster).ifPresent(r -> {
                List<String> forums = forumsByRoster.computeIfAbsent(r, k -> new ArrayList<>());
                if (!forums.contains(p.forum())) {
                    forums.add(p.forum());
                }
                scenario.stancesOn(p.id()).forEach(st -> seatedByRoster.computeIfAbsent(r, k -> new TreeSet<>()).add(st.member()));
            });
        }
        LocalDate last = visited.stream().max(LocalDate::compareTo).filter(d -> d.isAfter(scenario.date()))
                .orElse(scenario.date());
        List<String> out = new ArrayList<>();
        forumsByRoster.forEach((id, forums) -> {
            Roster roster = institutions.rosters().get(id);
            TreeSet<CountryCode> seated = seatedByRoster.getOrDefault(id, new TreeSet<>());
            if (roster == null || seated.isEmpty()) {
                return;
            }
            List<CountryCode> joining = roster.membersOn(last).stream().filter(m -> !seated.contains(m)).toList();
            if (!joining.isEmpty()) {
                out.add(String.join(", ", forums) + ": the " + seated.size() + " members seated on the scenario's date"
                        + " decide throughout; "
                        + joining.stream().map(m -> m + " joins on " + roster.joinedOn(m).orElseThrow())
                                .collect(Collectors.joining(", "))
                        + ", by " + last + ", the last date decided on, and takes no part");
            }
        });
        return out;
    }

    private static String codes(TreeSet<CountryCode> members) {
        return members.stream().map(CountryCode::code).collect(Collectors.joining(" "));
    }
}
