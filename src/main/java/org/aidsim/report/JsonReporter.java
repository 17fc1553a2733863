package org.aidsim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Firing;
import org.aidsim.model.Mismatch;
import org.aidsim.model.SeatCount;
import org.aidsim.model.PackageResult;
import org.aidsim.model.PoolState;
import org.aidsim.model.RuleBook;
import org.aidsim.model.RuleRef;
import org.aidsim.model.TimelineStep;
import org.aidsim.model.TrancheResult;
import org.aidsim.model.Scenario;
import org.aidsim.model.StageResult;
import org.aidsim.model.ScenarioResult;
import org.aidsim.model.Vote;

/**
 * The JSON document of one scenario file's run, in field order fixed here so output is byte-identical run to run.
 * {@link OutputFormat} writes several files' documents one after another: indented (read them with {@code jq -s}),
 * or as JSON Lines, each compact on one line (what {@code pandas.read_json(lines=True)} and line-by-line readers take).
 */
public final class JsonReporter {
    private JsonReporter() {
    }

    /** The document of {@code run}: scenario, file, date, rules, notes, packages, coalitions, timeline, expect; with {@code explain} each package's trace. */
    public static Map<String, Object> document(Reporter.Run run, boolean explain) {
        ScenarioResult result = run.result();
        Scenario s = result.scenario();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("scenario", s.name());
        doc.put("file", s.file());
        doc.put("date", s.date().toString());
        doc.put("rules", result.rules());
        doc.put("notes", result.notes());
        boolean money = s.disbursement().hasMoney();
        if (money) {
            doc.put("asOf", result.disbursement().asOf().toString());
        }
        List<Map<String, Object>> packages = new ArrayList<>();
        for (PackageResult p : result.packages()) {
            Map<String, Object> json = aidPackage(p, explain ? result.traceOf(p.id()) : null, result.ruleBook());
            if (money) {
                json.put("tranches", result.disbursement().tranchesOf(p.id()).stream().map(JsonReporter::tranche).toList());
            }
            packages.add(json);
        }
        doc.put("packages", packages);
        if (money) {
            doc.put("pools", result.disbursement().last().pools().stream().map(JsonReporter::pool).toList());
        }
        doc.put("coalitions", result.coalitions().stream()
                .map(c -> CoalitionJson.of(c, explain ? result.traceOfCoalition(c.id()) : null, result.ruleBook())).toList());
        doc.put("timeline", result.disbursement().steps().stream().map(JsonReporter::step).toList());
        if (s.hasExpectations()) {
            Map<String, Object> expect = new LinkedHashMap<>();
            expect.put("checked", run.expectChecked());
            if (run.expectChecked()) {
                expect.put("met", run.mismatches().isEmpty());
                expect.put("mismatches", run.mismatches().stream().map(JsonReporter::mismatch).toList());
            }
            doc.put("expect", expect);
        }
        return doc;
    }

    private static Map<String, Object> aidPackage(PackageResult p, List<Firing> trace, RuleBook book) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", p.id());
        out.put("title", p.aidPackage().title());
        out.put("forum", p.aidPackage().forum());
        out.put("rule", p.aidPackage().rule().word());
        out.put("participation", p.aidPackage().participation().word());
        out.put("amount", p.aidPackage().amount() == null ? null : p.aidPackage().amount().plain());
        out.put("passed", p.passed());
        out.put("outcome", p.verdict().word());
        out.put("blockers", codes(p.blockers()));
        out.put("exempt", codes(p.exempt()));
        out.put("dependsOn", codes(p.dependsOn()));
        if (!p.waitsFor().isEmpty()) {
            out.put("waitsFor", p.waitsFor());
        }
        out.put("reasons", p.reasons());
        out.put("rules", rules(p.rulesFired(), book));
        Map<String, List<String>> votes = new TreeMap<>();
        for (Vote v : p.votes()) {
            votes.computeIfAbsent(v.position().word(), k -> new ArrayList<>()).add(v.member().code());
        }
        out.put("votes", votes);
        if (p.count() != null) {
            out.put("count", count(p.count()));
        }
        if (CostShareJson.declared(p)) {
            out.put("costShares", CostShareJson.of(p));
        }
        if (p.staged()) {
            out.put("stages", p.stages().stream().map(st -> stage(st, book)).toList());
        }
        if (trace != null) {
            out.put("trace", trace(trace, book));
        }
        return out;
    }

    /**
     * A European Parliament package's count on its date: {"seats", "for", "against", "abstain", "absent", "cast"},
     * whole numbers of members; "cast" is for plus against (abstentions are not votes cast).
     */
    private static Map<String, Object> count(SeatCount c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seats", c.seats());
        out.put("for", c.inFavour());
        out.put("against", c.against());
        out.put("abstain", c.abstain());
        out.put("absent", c.absent());
        out.put("cast", c.cast());
        return out;
    }

    /**
     * One stage of a package decided in stages: {"id", "forum", "rule", "date", "after", "deadline", "passed",
     * "outcome", "blockers", "reasons", "rules", "votes"}; date is the day it became what it is (null when never
     * reached); an implementing stage (gating only the tranches naming it) also has "implementing": true, after
     * "deadline". A European Parliament stage decided on counts adds "count": the package's count shape ({"seats",
     * "for", "against", "abstain", "absent", "cast"}, seats on the day the stage is due) and "needed", the votes for its
     * rule needed on that count.
     */
    private static Map<String, Object> stage(StageResult s, RuleBook book) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("forum", s.stage().forum());
        out.put("rule", s.stage().rule().word());
        out.put("date", s.date() == null ? null : s.date().toString());
        out.put("after", s.stage().after());
        out.put("deadline", s.stage().deadline() == null ? null : s.stage().deadline().toString());
        if (s.stage().implementing()) {
            out.put("implementing", true);
        }
        out.put("passed", s.passed());
        out.put("outcome", s.outcome());
        out.put("blockers", codes(s.blockers()));
        out.put("reasons", s.reasons());
        out.put("rules", rules(s.rulesFired(), book));
        Map<String, List<String>> votes = new TreeMap<>();
        for (Vote v : s.votes()) {
            votes.computeIfAbsent(v.position().word(), k -> new ArrayList<>()).add(v.member().code());
        }
        out.put("votes", votes);
        if (s.count() != null) {
            Map<String, Object> count = count(s.count());
            if (s.needed() != null) {
                count.put("needed", s.needed());
            }
            out.put("count", count);
        }
        return out;
    }

    /**
     * The settled state on one date the timeline visited, so a chart needs one run, not one --as-of per date:
     * {"date", "packages": [{"id", "outcome"}], "tranches": [tranche with "package"], "pools": [pool],
     * "coalitions": [{"id", "active"}]}. Packages and coalitions in id order; amounts exact decimal strings.
     */
    private static Map<String, Object> step(TimelineStep step) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date", step.date().toString());
        out.put("packages", step.verdicts().entrySet().stream().map(e -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", e.getKey());
            p.put("outcome", e.getValue().word());
            return p;
        }).toList());
        out.put("tranches", step.tranches().stream().map(t -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("package", t.packageId());
            json.putAll(tranche(t));
            return json;
        }).toList());
        out.put("pools", step.pools().stream().map(JsonReporter::pool).toList());
        out.put("coalitions", step.coalitionsActive().entrySet().stream().map(e -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", e.getKey());
            c.put("active", e.getValue());
            return c;
        }).toList());
        return out;
    }

    private static Map<String, Object> tranche(TrancheResult t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", t.id());
        out.put("status", t.status().name());
        out.put("date", t.date() == null ? null : t.date().toString());
        out.put("amount", t.tranche().amount().plain());
        out.put("pool", t.tranche().poolId());
        out.put("reasons", t.reasons());
        return out;
    }

    private static Map<String, Object> pool(PoolState p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", p.id());
        out.put("balance", p.balance().plain());
        out.put("inflows", p.inflows().plain());
        out.put("released", p.released().plain());
        return out;
    }

    /** The rules that fired, in order, each as {@link #rule}. */
    static List<Map<String, Object>> rules(List<String> names, RuleBook book) {
        return names.stream().map(n -> rule(book.of(n))).toList();
    }

    /** A fired rule as {"id", "name", "source"}; id and source are null when the rule's file gives none. */
    static Map<String, Object> rule(RuleRef rule) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", rule.id());
        out.put("name", rule.name());
        out.put("source", rule.source());
        return out;
    }

    static List<Map<String, Object>> trace(List<Firing> trace, RuleBook book) {
        return trace.stream().map(f -> {
            Map<String, Object> firing = new LinkedHashMap<>();
            firing.put("step", f.sequence());
            firing.put("rule", rule(book.of(f.rule())));
            firing.put("members", codes(f.members()));
            return firing;
        }).toList();
    }

    /** An expectation that was not met: {"field", "expected", "actual"}. */
    public static Map<String, String> mismatch(Mismatch m) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("field", m.field());
        out.put("expected", m.expected());
        out.put("actual", m.actual());
        return out;
    }

    static List<String> codes(List<CountryCode> codes) {
        return codes.stream().map(CountryCode::code).toList();
    }
}
