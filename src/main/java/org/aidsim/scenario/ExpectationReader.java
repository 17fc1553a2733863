package org.aidsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aidsim.model.CoalitionExpectation;
import org.aidsim.model.Contribution;
import org.aidsim.model.CountryCode;
import org.aidsim.model.DisbursementPlan;
import org.aidsim.model.Money;
import org.aidsim.model.Pool;
import org.aidsim.model.Tranche;
import org.aidsim.model.TrancheStatus;
import org.aidsim.model.Expectation;
import org.aidsim.model.Institutions;
import org.aidsim.model.Verdict;

/** Reads the {@code expect} block, checking that it names real packages, coalitions, outcomes and countries. */
final class ExpectationReader {
    private final DocumentReader.Tree tree;
    private final Problems problems;
    private final Institutions institutions;

    private final boolean crossCheck;

    ExpectationReader(DocumentReader.Tree tree, Problems problems, Institutions institutions) {
        this.tree = tree;
        this.problems = problems;
        this.institutions = institutions;
        // When the scenario has problems already, a package, tranche or pool an expectation names may have been
        // rejected itself; saying it does not exist would only mislead.
        this.crossCheck = problems.isEmpty();
    }

    Map<String, Expectation> read(ExpectDocument expect, Set<String> packageIds, DisbursementPlan plan) {
        Map<String, Expectation> out = new TreeMap<>();
        expect.packages().forEach((id, node) -> {
            FieldPath at = FieldPath.ROOT.field("expect").field(id);
            if (!packageIds.contains(id)) {
                missing(at, "no package '" + id + "' in this scenario; packages: " + String.join(", ", packageIds));
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
                problems.add(at, "expected fields such as passed, outcome, blockers, exempt, depends-on, fired or tranches");
                return;
            }
            Verdict outcome = e.outcome() == null ? null : ScenarioValidator.word(problems, e.outcome(), at.field("outcome"),
                    w -> verdict(w), "adopted, blocked, failed, undecided, conflict").orElse(null);
            out.put(id, new Expectation(e.passed(), outcome,
                    countries(e.blockers(), at.field("blockers")), countries(e.exempt(), at.field("exempt")),
                    countries(e.dependsOn(), at.field("depends-on")), e.fired(),
                    tranches(e.tranches(), id, plan, at.field("tranches"))));
        });
        return out;
    }

    Map<String, CoalitionExpectation> readCoalitions(ExpectDocument expect, Set<String> coalitionIds) {
        Map<String, CoalitionExpectation> out = new TreeMap<>();
        expect.coalitions().forEach((id, node) -> {
            FieldPath at = FieldPath.ROOT.field("expect").field("coalitions").field(id);
            if (!coalitionIds.contains(id)) {
                missing(at, "no coalition '" + id + "' in this scenario; coalitions: "
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

    private Map<String, Expectation.TrancheExpectation> tranches(Map<String, ExpectDocument.TrancheExpectation> written,
                                                                 String packageId, DisbursementPlan plan, FieldPath at) {
        Map<String, Expectation.TrancheExpectation> out = new TreeMap<>();
        if (written == null || plan == null) {
            return out;
        }
        Set<String> ids = new TreeSet<>(plan.tranchesOf(packageId).stream().map(Tranche::id).toList());
        written.forEach((id, e) -> {
            FieldPath here = at.field(id);
            if (!ids.contains(id)) {
                missing(here, "no tranche '" + id + "' in package " + packageId + "; tranches: "
                        + (ids.isEmpty() ? "none" : String.join(", ", ids)));
                return;
            }
            if (e == null) {
                problems.add(here, "expected fields such as status, amount or date");
                return;
            }
            TrancheStatus status = e.status() == null ? null : ScenarioValidator.word(problems, e.status(), here.field("status"),
                    w -> Arrays.stream(TrancheStatus.values()).filter(s -> s.word().equals(w)).findFirst(),
                    "released, withheld, pending").orElse(null);
            Money amount = e.amount() == null ? null : ScenarioValidator.money(problems, e.amount(), here.field("amount")).orElse(null);
            LocalDate date = null;
            if (e.date() != null) {
                try {
                    date = LocalDate.parse(e.date());
                } catch (DateTimeParseException bad) {
                    problems.add(here.field("date"), "'" + e.date() + "' is not a date; expected YYYY-MM-DD");
                }
            }
            out.put(id, new Expectation.TrancheExpectation(status, amount, date));
        });
        return out;
    }

    /** The {@code pools} entry of the expect block, checked against the scenario's pools. */
    Map<String, DisbursementPlan.PoolExpectation> pools(ExpectDocument expect, DisbursementPlan plan) {
        Map<String, DisbursementPlan.PoolExpectation> out = new TreeMap<>();
        if (expect.pools() == null) {
            return out;
        }
        FieldPath at = FieldPath.ROOT.field("expect").field(ExpectDocument.POOLS);
        Set<String> ids = new TreeSet<>(plan.pools().stream().map(Pool::id).toList());
        if (!expect.pools().isObject()) {
            problems.add(at, "expected a mapping of pool ids to {balance, inflows, released}");
            return out;
        }
        expect.pools().fields().forEachRemaining(entry -> {
            FieldPath here = at.field(entry.getKey());
            if (!ids.contains(entry.getKey())) {
                missing(here, "no pool '" + entry.getKey() + "' in this scenario; pools: "
                        + (ids.isEmpty() ? "none" : String.join(", ", ids)));
                return;
            }
            ExpectDocument.PoolExpectation e;
            try {
                e = tree.withRoot(entry.getValue()).bind(ExpectDocument.PoolExpectation.class);
            } catch (InputException bad) {
                problems.add(here, bad.problems().get(0).message());
                return;
            }
            if (e == null) {
                problems.add(here, "expected fields such as balance, inflows or released");
                return;
            }
            out.put(entry.getKey(), new DisbursementPlan.PoolExpectation(money(e.balance(), here.field("balance")),
                    money(e.inflows(), here.field("inflows")), money(e.released(), here.field("released"))));
        });
        return out;
    }

    private Money money(JsonNode node, FieldPath at) {
        return node == null ? null : ScenarioValidator.money(problems, node, at).orElse(null);
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

    private void missing(FieldPath at, String message) {
        if (crossCheck) {
            problems.addAtKey(at, message);
        }
    }
}
