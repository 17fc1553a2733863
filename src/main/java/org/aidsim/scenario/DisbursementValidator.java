package org.aidsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.aidsim.model.AidPackage;
import org.aidsim.model.Condition;
import org.aidsim.model.CountryCode;
import org.aidsim.model.DisbursementPlan;
import org.aidsim.model.Inflow;
import org.aidsim.model.Money;
import org.aidsim.model.Objection;
import org.aidsim.model.Pool;
import org.aidsim.model.Split;
import org.aidsim.model.TimelineEvent;
import org.aidsim.model.Stage;
import org.aidsim.model.Tranche;

/**
 * Checks the money side of a scenario: pools, their inflows and splits, each package's tranches and implementing
 * objections, and the dated events; every problem with its place in the file.
 */
final class DisbursementValidator {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final String EVENT_KINDS = "{pool, amount} for an inflow, {pool, split}, {condition, holds}, "
            + "{package, member, position}, {package, member, implementation} or {package, positions} for a package proposed again";

    private final Problems problems;
    private final PackageValidator packages;
    private final LocalDate date;
    private final Set<String> conditions;
    private final Map<String, Pool> pools = new LinkedHashMap<>();
    private final List<Inflow> inflows = new ArrayList<>();
    private final List<Split> splits = new ArrayList<>();
    private final List<TimelineEvent> events = new ArrayList<>();
    /** Every date that must lie on the timeline, with where it was written. */
    private final Map<FieldPath, LocalDate> dated = new LinkedHashMap<>();
    private int order;

    DisbursementValidator(Problems problems, PackageValidator packages, LocalDate date, Set<String> conditions) {
        this.problems = problems;
        this.packages = packages;
        this.date = date;
        this.conditions = conditions;
    }

    /** Every stage's ballot by its id ({@code PACKAGE/STAGE}), for events that change a stage's positions. */
    private final Map<String, AidPackage> ballots = new TreeMap<>();

    DisbursementPlan validate(ScenarioDocument doc, Map<Integer, AidPackage> validated) {
        return validate(doc, validated, List.of());
    }

    /**
     * The plan, with the packages' stages: each stage's date and deadline must lie on the timeline (and extend it
     * when no end is written), and events may change a stage's positions ({@code stage:}).
     */
    DisbursementPlan validate(ScenarioDocument doc, Map<Integer, AidPackage> validated, List<Stage> stages) {
        FieldPath root = FieldPath.ROOT;
        stages.forEach(s -> ballots.put(s.ballotId(), s.ballot()));
        validated.forEach((i, p) -> {
            List<ScenarioDocument.StageDocument> written = doc.packages().get(i).stages();
            for (Stage s : stages) {
                if (s.packageId().equals(p.id()) && s.renewal()) {
                    FieldPath at = root.field("packages").index(i);
                    if (s.date() != null) {
                        dated.put(at.field("renewal").field("date"), s.date());
                    }
                    dated.put(at.field("in-force-until"), s.inForceUntil());
                } else if (s.packageId().equals(p.id())) {
                    FieldPath at = root.field("packages").index(i).field("stages").index(s.order());
                    if (s.date() != null) {
                        dated.put(at.field("date"), s.date());
                    }
                    if (s.deadline() != null && written != null) {
                        dated.put(at.field("deadline"), s.deadline());
                    }
                }
            }
        });
        LocalDate end = doc.end() == null ? null : date(doc.end(), root.field("end"));
        if (end != null && end.isBefore(date)) {
            problems.add(root.field("end"), "the timeline ends on " + end + ", before the scenario's date " + date);
        }
        readPools(doc.pools(), root.field("pools"));
        Map<String, AidPackage> byId = new TreeMap<>();
        validated.values().forEach(p -> byId.put(p.id(), p));
        readEvents(doc.events(), root.field("events"), byId);
        checkSplitCycles(root.field("pools"));
        List<Tranche> tranches = new ArrayList<>();
        List<Objection> objections = new ArrayList<>();
        validated.forEach((i, p) -> {
            FieldPath at = root.field("packages").index(i);
            ScenarioDocument.PackageDocument d = doc.packages().get(i);
            tranches.addAll(new TrancheReader(this, p, at.field("tranches"),
                    stages.stream().filter(s -> s.packageId().equals(p.id())).toList()).read(d.tranches()));
            objections.addAll(objections(p, d.implementation(), at.field("implementation")));
        });
        if (end == null) {
            // Without an end the timeline reaches the day a package in force until a date would lapse.
            validated.forEach((i, p) -> stages.stream().filter(s -> s.renewal() && s.packageId().equals(p.id()))
                    .forEach(s -> dated.put(root.field("packages").index(i).field("in-force-until"), s.deadline())));
        }
        LocalDate last = end != null ? end : dated.values().stream().max(LocalDate::compareTo).orElse(date);
        dated.forEach((at, d) -> {
            if (d.isBefore(date) || d.isAfter(last)) {
                problems.add(at, d + " is outside the scenario's timeline " + date + " to " + last
                        + (end == null ? "" : " (set by end)") + (d.isBefore(date) ? "; money already in a pool is its opening" : ""));
            }
        });
        LocalDate timelineEnd = end != null ? end : latest(last, tranches);
        return new DisbursementPlan(timelineEnd.isBefore(date) ? date : timelineEnd, List.copyOf(pools.values()), inflows,
                splits, tranches, objections, events, Map.of());
    }

    private static LocalDate latest(LocalDate last, List<Tranche> tranches) {
        LocalDate out = last;
        for (Tranche t : tranches) {
            if (t.notBefore() != null && t.notBefore().isAfter(out)) {
                out = t.notBefore();
            }
        }
        return out;
    }

    /** The place of the next tranche read, counting across all packages in file order. */
    int nextOrder() {
        return order++;
    }

    /** The scenario's amounts that may be written in another currency (see {@link Amounts}). */
    Amounts amounts() {
        return packages.amounts();
    }

    Problems problems() {
        return problems;
    }

    Map<String, Pool> pools() {
        return pools;
    }

    Set<String> conditions() {
        return conditions;
    }

    String poolList() {
        return pools.isEmpty() ? "none declared under pools" : "pools: " + String.join(", ", pools.keySet());
    }

    /**
     * Whether money listed for a date can reach a pool at all: an inflow of more than nothing dated {@code on} into
     * the pool, or into a pool whose splits (any of them, whatever their date) lead to it. A check of what the file
     * names, not routing: which split is in force and what arrives is for rules/disbursement/routing.drl, which the
     * engine asks for the amount of a share tranche before the run (a run that finds nothing arriving says so).
     * Kept at load so that a share of a date on which no money comes at all is an input error with its place.
     */
    boolean mayReceiveOn(String pool, LocalDate on) {
        Deque<String> reached = new ArrayDeque<>();
        inflows.stream().filter(i -> i.date().equals(on) && !i.amount().isZero()).forEach(i -> reached.add(i.poolId()));
        Set<String> seen = new TreeSet<>();
        while (!reached.isEmpty()) {
            String next = reached.pop();
            if (next.equals(pool)) {
                return true;
            }
            if (seen.add(next)) {
                splits.stream().filter(s -> s.poolId().equals(next)).forEach(s -> reached.addAll(s.percents().keySet()));
            }
        }
        return false;
    }

    private void readPools(List<ScenarioDocument.PoolDocument> written, FieldPath at) {
        if (written == null) {
            return;
        }
        for (int i = 0; i < written.size(); i++) {
            ScenarioDocument.PoolDocument p = written.get(i);
            FieldPath here = at.index(i);
            if (p == null || !id(p.id(), here.field("id"), "a pool", pools.keySet())) {
                continue;
            }
            Money opening = p.opening() == null ? Money.ZERO
                    : packages.amounts().read(p.opening(), here.field("opening")).orElse(Money.ZERO);
            pools.put(p.id(), new Pool(p.id(), p.title(), p.source(), opening));
        }
        for (int i = 0; i < written.size(); i++) {
            ScenarioDocument.PoolDocument p = written.get(i);
            if (p == null || p.id() == null || !pools.containsKey(p.id())) {
                continue;
            }
            FieldPath here = at.index(i);
            List<ScenarioDocument.InflowDocument> in = p.inflows() == null ? List.of() : p.inflows();
            for (int j = 0; j < in.size(); j++) {
                FieldPath inAt = here.field("inflows").index(j);
                ScenarioDocument.InflowDocument inflow = in.get(j);
                if (inflow == null) {
                    problems.add(inAt, "expected an inflow {date, amount}");
                    continue;
                }
                inflow(p.id(), inflow.date(), inflow.amount(), inAt, inAt.toString());
            }
            List<ScenarioDocument.SplitDocument> sp = p.splits() == null ? List.of() : p.splits();
            for (int j = 0; j < sp.size(); j++) {
                FieldPath spAt = here.field("splits").index(j);
                ScenarioDocument.SplitDocument s = sp.get(j);
                LocalDate from = s == null ? null : date(s.from(), spAt.field("from"));
                if (from != null) {
                    split(p.id(), from, s.to(), spAt.field("to")).ifPresent(splits::add);
                }
            }
        }
    }

    private void inflow(String pool, String when, JsonNode amount, FieldPath at, String origin) {
        LocalDate on = date(when, at.field("date"));
        if (amount == null || amount.isNull()) {
            problems.add(at.field("amount"), "an inflow needs an amount, such as 1.4 billion EUR");
            return;
        }
        Optional<Money> money = on == null ? ScenarioValidator.money(problems, amount, at.field("amount"))
                : packages.amounts().read(amount, at.field("amount"), on);
        if (on != null && money.isPresent()) {
            dated.put(at.field("date"), on);
            inflows.add(new Inflow(pool, on, money.get(), origin));
        }
    }

    private Optional<Split> split(String pool, LocalDate from, Map<String, JsonNode> to, FieldPath at) {
        if (to == null || to.isEmpty()) {
            problems.add(at, "a split names the pools that receive each inflow, such as { epf: 90%, ukraine-facility: 10% }");
            return Optional.empty();
        }
        Map<String, BigDecimal> percents = new TreeMap<>();
        boolean ok = true;
        for (Map.Entry<String, JsonNode> e : to.entrySet()) {
            if (!pools.containsKey(e.getKey())) {
                problems.addAtKey(at.field(e.getKey()), "unknown pool '" + e.getKey() + "'; " + poolList());
                ok = false;
            } else if (e.getKey().equals(pool)) {
                problems.addAtKey(at.field(e.getKey()), "pool " + pool + " cannot split into itself");
                ok = false;
            }
            Optional<BigDecimal> share = Shares.percent(problems, e.getValue(), at.field(e.getKey()));
            ok &= share.isPresent();
            share.ifPresent(s -> percents.put(e.getKey(), s));
        }
        BigDecimal sum = percents.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (ok && sum.compareTo(Shares.HUNDRED) != 0) {
            problems.add(at, "the shares sum to " + sum.stripTrailingZeros().toPlainString() + "%; a split must sum to exactly 100%");
            ok = false;
        }
        return ok ? Optional.of(new Split(pool, from, percents)) : Optional.empty();
    }

    private void checkSplitCycles(FieldPath at) {
        Map<String, List<String>> edges = new TreeMap<>();
        splits.forEach(s -> edges.computeIfAbsent(s.poolId(), k -> new ArrayList<>()).addAll(s.percents().keySet()));
        Cycles.find(edges).ifPresent(c -> problems.add(at, "pools " + String.join(" -> ", c)
                + " split into each other in a cycle; money would go round for ever"));
    }

    private List<Objection> objections(AidPackage p, Map<String, String> written, FieldPath at) {
        List<Objection> out = new ArrayList<>();
        if (written == null) {
            return out;
        }
        written.forEach((member, word) -> objects(p, member, word, at.field(member), at.field(member))
                .filter(Boolean::booleanValue).flatMap(o -> packages.seat(p, member, at.field(member)))
                .ifPresent(m -> out.add(new Objection(p.id(), m))));
        return out;
    }

    /**
     * Whether a member objects to implementing the package ("oppose") or not ("support"). Whether the objection
     * counts under the package's rule is for rules/disbursement/implementation.drl to say, not for the reader.
     */
    private Optional<Boolean> objects(AidPackage p, String member, String word, FieldPath memberAt, FieldPath at) {
        if (!"oppose".equals(word) && !"support".equals(word)) {
            problems.add(at, "unknown value '" + word + "'; expected one of: support, oppose");
            return Optional.empty();
        }
        return Optional.of("oppose".equals(word));
    }

    private void readEvents(List<ScenarioDocument.EventDocument> written, FieldPath at, Map<String, AidPackage> byId) {
        if (written == null) {
            return;
        }
        for (int i = 0; i < written.size(); i++) {
            ScenarioDocument.EventDocument e = written.get(i);
            FieldPath here = at.index(i);
            if (e == null) {
                problems.add(here, "expected an event with a date and one of " + EVENT_KINDS);
                continue;
            }
            LocalDate on = date(e.date(), here.field("date"));
            if (on == null) {
                continue;
            }
            dated.put(here.field("date"), on);
            event(e, on, here, byId);
        }
    }

    private void event(ScenarioDocument.EventDocument e, LocalDate on, FieldPath at, Map<String, AidPackage> byId) {
        if (e.pool() != null && e.amount() != null && e.split() == null && e.aidPackage() == null && e.condition() == null) {
            if (known(e.pool(), at.field("pool"))) {
                inflow(e.pool(), e.date(), e.amount(), at, at.toString());
            }
        } else if (e.pool() != null && e.split() != null && e.amount() == null && e.aidPackage() == null && e.condition() == null) {
            if (known(e.pool(), at.field("pool"))) {
                split(e.pool(), on, e.split(), at.field("split")).ifPresent(splits::add);
            }
        } else if (e.condition() != null && e.holds() != null && e.pool() == null && e.aidPackage() == null) {
            if (!conditions.contains(e.condition())) {
                problems.add(at.field("condition"), "unknown condition '" + e.condition() + "'; declare it under conditions "
                        + "with its value on the scenario's date (declared: "
                        + (conditions.isEmpty() ? "none" : String.join(", ", new TreeSet<>(conditions))) + ")");
            } else {
                events.add(new TimelineEvent.ConditionChange(on, new Condition(e.condition(), e.holds())));
            }
        } else if (e.aidPackage() != null && e.pool() == null && e.condition() == null) {
            packageEvent(e, on, at, byId);
        } else {
            problems.add(at, "cannot tell what this event is; an event has a date and one of " + EVENT_KINDS);
        }
    }

    private void packageEvent(ScenarioDocument.EventDocument e, LocalDate on, FieldPath at, Map<String, AidPackage> byId) {
        AidPackage named = byId.get(e.aidPackage());
        if (named == null) {
            problems.add(at.field("package"), "unknown package '" + e.aidPackage() + "'; packages: " + String.join(", ", byId.keySet()));
            return;
        }
        List<String> stageIds = ballots.keySet().stream().filter(b -> b.startsWith(named.id() + "/"))
                .map(b -> b.substring(named.id().length() + 1)).toList();
        AidPackage p = named;
        if (e.stage() != null) {
            p = ballots.get(Stage.ballotId(named.id(), e.stage()));
            if (p == null) {
                problems.add(at.field("stage"), stageIds.isEmpty()
                        ? "package " + e.aidPackage() + " is not decided in stages, so an event names no stage of it"
                        : "unknown stage '" + e.stage() + "' of package " + e.aidPackage() + "; its stages: " + String.join(", ", stageIds));
                return;
            }
            if (e.implementation() != null) {
                problems.add(at.field("implementation"), "an implementing objection concerns a package, not one of its stages: leave out stage");
                return;
            }
        } else if (!stageIds.isEmpty()) {
            problems.add(at, "package " + p.id() + " is decided in stages: an event changes the positions of one of its"
                    + " stages (stage: ID; its stages: " + String.join(", ", stageIds) + "); implementing objections to a"
                    + " package decided in stages are not modelled yet");
            return;
        }
        int kinds = (e.position() != null ? 1 : 0) + (e.implementation() != null ? 1 : 0) + (e.positions() != null ? 1 : 0);
        if (kinds != 1 || (e.positions() == null) != (e.member() != null)) {
            problems.add(at, "cannot tell what this event is; an event has a date and one of " + EVENT_KINDS);
        } else if (e.positions() != null) {
            events.add(new TimelineEvent.Reproposal(on, p.id(), packages.reproposed(p, e.positions(), at.field("positions"))));
        } else if (e.position() != null) {
            packages.changed(p, e.member(), e.position(), at.field("member"), at.field("position"))
                    .ifPresent(s -> events.add(new TimelineEvent.PositionChange(on, s)));
        } else {
            Optional<Boolean> objects = objects(p, e.member(), e.implementation(), at.field("member"), at.field("implementation"));
            Optional<CountryCode> member = packages.seat(p, e.member(), at.field("member"));
            if (objects.isPresent() && member.isPresent()) {
                events.add(new TimelineEvent.ObjectionChange(on, p.id(), member.get(), objects.get()));
            }
        }
    }

    boolean known(String pool, FieldPath at) {
        if (!pools.containsKey(pool)) {
            problems.add(at, "unknown pool '" + pool + "'; " + poolList());
            return false;
        }
        return true;
    }

    boolean id(String id, FieldPath at, String what, Set<String> seen) {
        if (id == null || id.isBlank()) {
            problems.add(at, what + " needs an id");
            return false;
        }
        if (!ID.matcher(id).matches()) {
            problems.add(at, "'" + id + "' is not a usable id; use letters, digits, '-' and '_' (no dots or spaces)");
            return false;
        }
        if (seen.contains(id)) {
            problems.add(at, "duplicate id '" + id + "'");
            return false;
        }
        return true;
    }

    /** A date as written, or null after reporting why it is not one (2025-02-30 is not a date). */
    LocalDate date(String text, FieldPath at) {
        if (text == null) {
            problems.add(at, "a date is needed here (YYYY-MM-DD)");
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(at, "'" + text + "' is not a date; expected YYYY-MM-DD, such as 2024-07-26");
            return null;
        }
    }
}
