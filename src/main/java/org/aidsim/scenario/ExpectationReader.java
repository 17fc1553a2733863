package org.aidsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.aidsim.model.CoalitionExpectation;
import org.aidsim.model.Contribution;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Expectation;
import org.aidsim.model.Institutions;
import org.aidsim.model.Verdict;

/** Reads the {@code expect} block, checking that it names real packages, coalitions, outcomes and countries. */
final class ExpectationReader {
    private final DocumentReader.Tree tree;
    private final Problems problems;
    private final Institutions institutions;

    ExpectationReader(DocumentReader.Tree tree, Problems problems, Institutions institutions) {
        this.tree = tree;
        this.problems = problems;
        this.institutions = institutions;
    }

    Map<String, Expectation> read(ExpectDocument expect, Set<String> packageIds) {
        Map<String, Expectation> out = new TreeMap<>();
        expect.packages().forEach((id, node) -> {
            FieldPath at = FieldPath.ROOT.field("expect").field(id);
            if (!packageIds.contains(id)) {
                problems.addAtKey(at, "no package '" + id + "' in this scenario; packages: " + String.join(", ", packageIds));
                return;
            }
            ExpectDocument.PackageExpectation e;
            try {
                e = tree.withRoot(node).bind(ExpectDocument.PackageExpectation.class);
            } catch (InputException bad) {
                problems.add(at, bad.problems().get(0).message());
                return;
            }
            if (e == null) {
                problems.add(at, "expected fields such as passed, outcome, blockers, exempt, depends-on or fired");
                return;
            }
            Verdict outcome = e.outcome() == null ? null : ScenarioValidator.word(problems, e.outcome(), at.field("outcome"),
                    w -> verdict(w), "adopted, blocked, failed, undecided, conflict").orElse(null);
            out.put(id, new Expectation(e.passed(), outcome,
                    countries(e.blockers(), at.field("blockers")), countries(e.exempt(), at.field("exempt")),
                    countries(e.dependsOn(), at.field("depends-on")), e.fired()));
        });
        return out;
    }

    Map<String, CoalitionExpectation> readCoalitions(ExpectDocument expect, Set<String> coalitionIds) {
        Map<String, CoalitionExpectation> out = new TreeMap<>();
        expect.coalitions().forEach((id, node) -> {
            FieldPath at = FieldPath.ROOT.field("expect").field("coalitions").field(id);
            if (!coalitionIds.contains(id)) {
                problems.addAtKey(at, "no coalition '" + id + "' in this scenario; coalitions: "
                        + (coalitionIds.isEmpty() ? "none" : String.join(", ", coalitionIds)));
                return;
            }
            ExpectDocument.CoalitionExpectation e;
            try {
                e = tree.withRoot(node).bind(ExpectDocument.CoalitionExpectation.class);
            } catch (InputException bad) {
                problems.add(at, bad.problems().get(0).message());
                return;
            }
            if (e == null) {
                problems.add(at, "expected fields such as active, target-met, leads, members, pledged or fired");
                return;
            }
            Contribution pledged = e.pledged() == null ? null
                    : ContributionParser.parse(problems, e.pledged(), at.field("pledged")).orElse(null);
            out.put(id, new CoalitionExpectation(e.active(), e.targetMet(), countries(e.leads(), at.field("leads")),
                    countries(e.members(), at.field("members")), pledged, e.fired()));
        });
        return out;
    }

    private static Optional<Verdict> verdict(String word) {
        try {
            return Optional.of(Verdict.valueOf(word.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private List<CountryCode> countries(List<String> codes, FieldPath at) {
        if (codes == null) {
            return null;
        }
        List<CountryCode> out = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            ScenarioValidator.country(problems, institutions, codes.get(i), at.index(i)).ifPresent(out::add);
        }
        return out;
    }
}
