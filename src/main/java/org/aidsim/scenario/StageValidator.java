package org.aidsim.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.aidsim.model.AidPackage;
import org.aidsim.model.DecisionRule;
import org.aidsim.model.Participation;
import org.aidsim.model.Stage;
import org.aidsim.model.Stance;

/**
 * Checks the {@code stages:} of a package decided in stages and builds each stage's ballot (an {@link AidPackage}
 * with id {@code PACKAGE/STAGE}) with its stances, through the same {@link PackageValidator} checks a package's
 * forum, rule and positions get, located at the stage. Bad input, each at its field path: a package that writes
 * forum, rule or positions beside its stages, an empty list, a duplicate stage id, {@code after} naming an unknown
 * stage, stages that wait for each other in a cycle (the cycle named), a date before the scenario's or before a stage
 * it comes after, a deadline before the day the stage is due, and an outcome word that is not a lower-case word.
 * Implementing stages ({@code implementing: true}) are refused when every stage is one, when an adopting stage comes
 * after one, when no tranche names one in {@code stage:}, or when one is dated before the package can be adopted.
 */
final class StageValidator {
    /** The rule word a staged package reports: it is decided by its stages, not by one forum's rule. */
    static final DecisionRule STAGES = new DecisionRule("stages");
    /** The fields of a package that belong in each stage instead when it has stages. */
    private static final List<String> STAGE_FIELDS = List.of("forum", "rule", "positions", "cfsp", "participation",
            "coalition", "implementation");
    /** Package fields a staged package cannot honour yet: refused rather than silently dropped. */
    private static final List<String> NOT_YET_IN_STAGES = List.of("cost-shares", "concerned", "area",
            "enhanced-cooperation", "no-opinion-blocks");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final PackageValidator packages;
    private final Problems problems;
    private final LocalDate date;

    StageValidator(PackageValidator packages, Problems problems, LocalDate date) {
        this.packages = packages;
        this.problems = problems;
        this.date = date;
    }

    /** The package (rule {@code stages}), every stage's stances, and the stages; empty after reporting problems. */
    Optional<PackageValidator.Validated> validate(ScenarioDocument.PackageDocument p, FieldPath at) {
        boolean ok = true;
        for (String field : STAGE_FIELDS) {
            if (written(p, field) && field.equals("implementation")) {
                problems.add(at.field(field), "a package decided in stages writes its implementing decisions as stages:"
                        + " add a stage with implementing: true and its own positions, and name it in the tranches it"
                        + " gates (stage: ID); implementation: is for a package decided once (implementing stages: README)");
                ok = false;
            } else if (written(p, field)) {
                problems.add(at.field(field), "a package decided in stages takes " + field + " from each stage, not from"
                        + " the package: move " + field + " into the stages that need it (packages decided in stages: README)");
                ok = false;
            }
        }
        for (String field : NOT_YET_IN_STAGES) {
            if (written(p, field)) {
                problems.add(at.field(field), field + " is not built for a package decided in stages yet, and would be"
                        + " ignored; leave it out, or write the package without stages");
                ok = false;
            }
        }
        FieldPath list = at.field("stages");
        if (p.stages().isEmpty()) {
            problems.add(list, "stages: lists the package's decisions, at least one; leave it out for a package decided once");
            return Optional.empty();
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<ScenarioDocument.StageDocument> docs = p.stages();
        for (int i = 0; i < docs.size(); i++) {
            ScenarioDocument.StageDocument s = docs.get(i);
            if (s == null) {
                problems.add(list.index(i), "expected a stage with at least id and forum");
                ok = false;
            } else if (!ScenarioValidator.checkId(problems, new ScenarioValidator.IdKind("stage", "euco", "stages", Set.of()),
                    s.id(), list.index(i).field("id"), seen, i)) {
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        Map<String, List<String>> edges = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            ScenarioDocument.StageDocument s = docs.get(i);
            List<String> after = s.after() == null ? List.of() : s.after();
            for (int j = 0; j < after.size(); j++) {
                if (!seen.containsKey(after.get(j))) {
                    problems.add(list.index(i).field("after").index(j), "stage '" + s.id() + "' comes after '" + after.get(j)
                            + "', which is not a stage of package " + p.id() + "; its stages: " + String.join(", ", seen.keySet()));
                    ok = false;
                }
            }
            edges.put(s.id(), after);
        }
        if (!ok || !implementingChecked(p, docs, seen, list)) {
            return Optional.empty();
        }
        Optional<List<String>> cycle = Cycles.find(edges);
        if (cycle.isPresent()) {
            problems.add(list.index(seen.get(cycle.get().get(0))).field("after"), "stages " + String.join(" -> ", cycle.get())
                    + " wait for each other in a cycle, so none can ever be decided; break the cycle in one stage's after");
            return Optional.empty();
        }
        List<Stance> stances = new ArrayList<>();
        Map<String, Stage> built = new HashMap<>();
        List<Stage> stages = new ArrayList<>();
        // Built in dependency order so that each stage's due day can read those of the stages it comes after; the
        // implementing stages last, since they are decided only once the package is adopted (its last adopting stage).
        List<String> order = dependencyOrder(edges);
        List<String> adoptingFirst = new ArrayList<>(order.stream().filter(id -> !implementing(docs.get(seen.get(id)))).toList());
        order.stream().filter(id -> implementing(docs.get(seen.get(id)))).forEach(adoptingFirst::add);
        LocalDate adoption = null;
        for (String id : adoptingFirst) {
            int i = seen.get(id);
            ScenarioDocument.StageDocument s = docs.get(i);
            FieldPath here = list.index(i);
            boolean implementing = implementing(s);
            if (implementing && !ok) {
                break; // an adopting stage's problem is reported; the implementing stages' days are unknown
            }
            Optional<Stage> stage = implementing ? implementingStage(p, s, i, here, built, stances, adoption)
                    : stage(p, s, i, here, built, stances);
            if (stage.isEmpty()) {
                ok = false;
                continue;
            }
            built.put(id, stage.get());
            if (!implementing && (adoption == null || stage.get().dueOn().isAfter(adoption))) {
                adoption = stage.get().dueOn();
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        docs.forEach(s -> stages.add(built.get(s.id())));
        String forums = stages.stream().map(Stage::forum).distinct().collect(Collectors.joining(", "));
        Optional<org.aidsim.model.Money> amount = p.amount() == null || p.amount().isNull() ? Optional.empty()
                : packages.amounts().read(p.amount(), at.field("amount"));
        AidPackage aidPackage = new AidPackage(p.id(), p.title(), forums, STAGES, Participation.MANDATORY,
                amount.orElse(null), false);
        return Optional.of(new PackageValidator.Validated(aidPackage, stances, Optional.empty(), stages));
    }

    private Optional<Stage> stage(ScenarioDocument.PackageDocument p, ScenarioDocument.StageDocument s, int order,
                                  FieldPath at, Map<String, Stage> built, List<Stance> stances) {
        String ballotId = Stage.ballotId(p.id(), s.id());
        ScenarioDocument.PackageDocument ballot = new ScenarioDocument.PackageDocument(ballotId,
                (p.title() == null ? p.id() : p.title()) + ": " + s.id(), s.forum(), s.rule(), s.participation(), s.cfsp(),
                null, null, null, s.positions(), null, null, null, s.votes(), null, null, null, null, null, null, null, null);
        Optional<PackageValidator.Validated> validated = packages.validate(ballot, at);
        LocalDate written = s.date() == null ? null : ScenarioValidator.date(problems, s.date(), at.field("date"), "");
        LocalDate deadline = s.deadline() == null ? null : ScenarioValidator.date(problems, s.deadline(), at.field("deadline"), "");
        if (s.outcome() != null && !WORD.matcher(s.outcome()).matches()) {
            problems.add(at.field("outcome"), "'" + s.outcome() + "' is not an outcome word; write a lower-case word such"
                    + " as lapsed or expired (the package's outcome when the stage lapses)");
            return Optional.empty();
        }
        if (s.outcome() != null && org.aidsim.model.Verdict.fromWord(s.outcome())
                .filter(v -> v != org.aidsim.model.Verdict.LAPSED).isPresent()) {
            problems.add(at.field("outcome"), "'" + s.outcome() + "' already names another outcome; the word a lapsed stage"
                    + " shows must not read as adopted, blocked or the like: write lapsed or a word of your own such as expired");
            return Optional.empty();
        }
        if (s.outcome() != null && deadline == null) {
            problems.add(at.field("outcome"), "outcome names what the package comes to when the stage lapses, which"
                    + " needs a deadline: add deadline: YYYY-MM-DD to stage '" + s.id() + "'");
            return Optional.empty();
        }
        if (validated.isEmpty() || (s.date() != null && written == null) || (s.deadline() != null && deadline == null)) {
            return Optional.empty();
        }
        List<String> after = s.after() == null ? List.of() : s.after();
        LocalDate latest = date;
        String latestStage = null;
        for (String earlier : after) {
            Stage before = built.get(earlier);
            if (before == null) {
                return Optional.empty(); // the earlier stage's own problem is reported; this one's day is unknown
            }
            LocalDate due = before.dueOn();
            if (due.isAfter(latest)) {
                latest = due;
                latestStage = earlier;
            }
        }
        if (written != null && written.isBefore(date)) {
            problems.add(at.field("date"), "stage '" + s.id() + "' is dated " + written + ", before the scenario's date "
                    + date + "; the scenario's date is the first day anything is decided on");
            return Optional.empty();
        }
        if (written != null && latestStage != null && written.isBefore(latest)) {
            problems.add(at.field("date"), "stage '" + s.id() + "' is dated " + written + ", before stage '" + latestStage
                    + "', which it comes after, is due (" + latest + "); a stage is decided only after the stages it comes after");
            return Optional.empty();
        }
        LocalDate dueOn = written != null ? written : latest;
        if (deadline != null && deadline.isBefore(dueOn)) {
            problems.add(at.field("deadline"), "the deadline " + deadline + " is before the day stage '" + s.id()
                    + "' is due (" + dueOn + (written != null ? ", its date" : latestStage != null
                    ? ", when stage '" + latestStage + "' is due" : ", the scenario's date") + "); it could never be met");
            return Optional.empty();
        }
        stances.addAll(validated.get().stances());
        return Optional.of(new Stage(p.id(), s.id(), order, validated.get().aidPackage(), written, dueOn, after, deadline,
                s.outcome()));
    }

    private static boolean implementing(ScenarioDocument.StageDocument s) {
        return Boolean.TRUE.equals(s.implementing());
    }

    /**
     * The checks on implementing stages that need only the written stages and tranches: at least one stage is not
     * implementing (the package's adoption needs one), an adopting stage does not come after an implementing one (it
     * would wait for a decision taken only after the adoption), and every implementing stage is named by a tranche's
     * {@code stage:} (otherwise it would gate nothing and change nothing, silently). False after reporting problems.
     */
    private boolean implementingChecked(ScenarioDocument.PackageDocument p, List<ScenarioDocument.StageDocument> docs,
                                        Map<String, Integer> seen, FieldPath list) {
        boolean ok = true;
        if (docs.stream().allMatch(StageValidator::implementing)) {
            problems.add(list, "every stage of package " + p.id() + " is implementing: true, so nothing decides its"
                    + " adoption; leave implementing out of the stage (or stages) that adopt it");
            return false;
        }
        for (int i = 0; i < docs.size(); i++) {
            ScenarioDocument.StageDocument s = docs.get(i);
            if (implementing(s)) {
                continue;
            }
            List<String> after = s.after() == null ? List.of() : s.after();
            for (int j = 0; j < after.size(); j++) {
                if (implementing(docs.get(seen.get(after.get(j))))) {
                    problems.add(list.index(i).field("after").index(j), "stage '" + s.id() + "' adopts package " + p.id()
                            + " but comes after '" + after.get(j) + "', an implementing decision, which is taken only once"
                            + " the package is adopted; remove '" + after.get(j) + "' from its after, or mark '" + s.id()
                            + "' implementing: true too");
                    ok = false;
                }
            }
        }
        List<ScenarioDocument.TrancheDocument> tranches = p.tranches() == null ? List.of() : p.tranches();
        // A tranche naming no stage at all is most likely the one meant (a typo): say so here, since this problem stops
        // the package before its tranches are read.
        List<String> misnamed = tranches.stream().filter(t -> t != null && t.stage() != null
                        && docs.stream().noneMatch(d -> t.stage().equals(d.id())))
                .map(t -> "tranche " + t.id() + " names stage '" + t.stage() + "', which is no stage of " + p.id()).toList();
        for (int i = 0; i < docs.size(); i++) {
            ScenarioDocument.StageDocument s = docs.get(i);
            if (implementing(s) && tranches.stream().noneMatch(t -> t != null && s.id().equals(t.stage()))) {
                problems.add(list.index(i).field("implementing"), "implementing stage '" + s.id() + "' is named by no"
                        + " tranche, so it would gate nothing and change no outcome; name it in a tranche's stage: "
                        + s.id() + ", or leave implementing out to make it a step of the package's adoption"
                        + (misnamed.isEmpty() ? "" : " (" + String.join("; ", misnamed) + ")"));
                ok = false;
            }
        }
        return ok;
    }

    /**
     * An implementing stage: checked like any stage, coming after every adopting stage of its package (added to its
     * {@code after}, so it is decided only once they have all passed), and due on its own date, else on the earliest
     * day a tranche naming it falls due by its written dates (its not-before, else its inflow, else those of the tranche
     * it follows), and never before the package's last adopting stage is due ({@code adoption}). A written date before
     * that is refused: an implementing decision is taken only once the package is adopted.
     */
    private Optional<Stage> implementingStage(ScenarioDocument.PackageDocument p, ScenarioDocument.StageDocument s,
                                              int order, FieldPath at, Map<String, Stage> built, List<Stance> stances,
                                              LocalDate adoption) {
        LocalDate written = writtenDate(s.date());
        if (written != null && written.isBefore(adoption)) {
            problems.add(at.field("date"), "implementing stage '" + s.id() + "' is dated " + written + ", before package "
                    + p.id() + " can be adopted (its last adopting stage is due on " + adoption + "); an implementing"
                    + " decision is taken only once the package is adopted: write a date on or after " + adoption
                    + ", or none (then it is decided when its tranche falls due)");
            return Optional.empty();
        }
        // It comes after every adopting stage: decided only once they have all passed, so the stage rules need no
        // case of their own for it.
        List<String> after = new ArrayList<>(s.after() == null ? List.of() : s.after());
        p.stages().stream().filter(d -> !implementing(d) && !after.contains(d.id())).forEach(d -> after.add(d.id()));
        ScenarioDocument.StageDocument afterAdoption = new ScenarioDocument.StageDocument(s.id(), s.forum(), s.rule(),
                s.cfsp(), s.participation(), s.positions(), s.date(), after, s.deadline(), s.outcome(), s.votes(),
                s.implementing());
        Optional<Stage> checked = stage(p, afterAdoption, order, at, built, stances);
        if (checked.isEmpty()) {
            return checked;
        }
        Stage st = checked.get();
        LocalDate due = st.date() != null ? st.date() : later(later(st.dueOn(), adoption), trancheDue(p, s.id()));
        if (st.deadline() != null && st.deadline().isBefore(due)) {
            problems.add(at.field("deadline"), "the deadline " + st.deadline() + " is before the day implementing stage '"
                    + s.id() + "' is due (" + due + ", once the package is adopted and its tranche falls due); it could"
                    + " never be met");
            return Optional.empty();
        }
        return Optional.of(new Stage(st.packageId(), st.id(), st.order(), st.ballot(), st.date(), due, st.after(),
                st.deadline(), s.outcome(), Stage.Kind.IMPLEMENTING, null));
    }

    /** A written date, or null when there is none or it is not a date (then stage() reports it at its field). */
    private static LocalDate writtenDate(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    /** The earliest written day a tranche naming the stage falls due, or null when none writes a day. */
    private LocalDate trancheDue(ScenarioDocument.PackageDocument p, String stageId) {
        Map<String, ScenarioDocument.TrancheDocument> byId = new HashMap<>();
        p.tranches().stream().filter(t -> t != null && t.id() != null).forEach(t -> byId.putIfAbsent(t.id(), t));
        LocalDate earliest = null;
        for (ScenarioDocument.TrancheDocument t : p.tranches()) {
            if (t == null || !stageId.equals(t.stage())) {
                continue;
            }
            LocalDate due = writtenDue(t, byId, new java.util.HashSet<>());
            if (due == null) {
                return null; // a tranche due from the scenario's date: the stage is due with the adoption
            }
            earliest = earliest == null || due.isBefore(earliest) ? due : earliest;
        }
        return earliest;
    }

    /** A tranche's written due day (not-before, else inflow, else that of the tranche it follows); null when none. */
    private static LocalDate writtenDue(ScenarioDocument.TrancheDocument t, Map<String, ScenarioDocument.TrancheDocument> byId,
                                        Set<String> visited) {
        if (t == null || !visited.add(String.valueOf(t.id()))) {
            return null; // a cycle of tranches is reported by TrancheReader
        }
        for (String written : java.util.Arrays.asList(t.notBefore(), t.inflow())) {
            if (written != null) {
                try {
                    return LocalDate.parse(written);
                } catch (java.time.format.DateTimeParseException e) {
                    return null; // reported at the tranche's field by TrancheReader
                }
            }
        }
        return t.after() == null ? null : writtenDue(byId.get(t.after()), byId, visited);
    }

    /** {@code extends-by}: a whole number of months or years, such as "6 months" or "1 year". */
    private static final Pattern PERIOD = Pattern.compile("([1-9][0-9]{0,2}) (month|months|year|years)");

    /**
     * The renewal stage of a package in force until a date: {@code renewal:} checked like a stage (its ballot
     * {@code PACKAGE/ID}, id default {@code renewal}), due on its date or else on the in-force-until date, with the
     * day after in-force-until as its deadline. Bad input, each at its field path: a renewal without in-force-until or
     * the reverse, in-force-until before the scenario's date, a renewal dated after in-force-until, extends-by missing
     * or not "N months"/"N years", a renewal id that is also a stage's. Empty after reporting problems.
     */
    Optional<Stage> renewal(ScenarioDocument.PackageDocument p, FieldPath at, List<Stance> stances) {
        ScenarioDocument.RenewalDocument r = p.renewal();
        FieldPath here = at.field("renewal");
        if (p.inForceUntil() == null) {
            problems.add(here, "a renewal extends a package in force until a date, and package " + p.id() + " names none:"
                    + " add in-force-until: YYYY-MM-DD, the last day it is in force without the renewal");
            return Optional.empty();
        }
        LocalDate until = ScenarioValidator.date(problems, p.inForceUntil(), at.field("in-force-until"), "");
        if (r == null) {
            problems.add(at.field("in-force-until"), "package " + p.id() + " is in force until " + p.inForceUntil()
                    + " but has no renewal: add renewal: with the forum, rule, positions and extends-by of the decision"
                    + " that would extend it (one nobody supports lets it lapse)");
            return Optional.empty();
        }
        if (until == null) {
            return Optional.empty();
        }
        if (until.isBefore(date)) {
            problems.add(at.field("in-force-until"), "package " + p.id() + " is in force until " + until + ", before the"
                    + " scenario's date " + date + ", so it would have lapsed before anything is decided; write a date on"
                    + " or after " + date);
            return Optional.empty();
        }
        Optional<java.time.Period> by = period(r.extendsBy(), here.field("extends-by"));
        String id = r.id() == null ? Stage.RENEWAL_ID : r.id();
        if (p.stages() != null && p.stages().stream().anyMatch(s -> s != null && id.equals(s.id()))) {
            problems.add(here.field("id"), "'" + id + "' is already a stage of package " + p.id() + "; give the renewal"
                    + " another id");
            return Optional.empty();
        }
        if (r.date() != null) {
            LocalDate on = ScenarioValidator.date(problems, r.date(), here.field("date"), "");
            if (on == null) {
                return Optional.empty();
            }
            if (on.isAfter(until)) {
                problems.add(here.field("date"), "the renewal is dated " + on + ", after the package is in force until ("
                        + until + "): it would come too late; write a date on or before " + until);
                return Optional.empty();
            }
        }
        if (by.isEmpty()) {
            return Optional.empty();
        }
        ScenarioDocument.StageDocument asStage = new ScenarioDocument.StageDocument(id, r.forum(), r.rule(), r.cfsp(),
                r.participation(), r.positions(), r.date() == null ? until.toString() : r.date(), null,
                until.plusDays(1).toString(), null, r.votes(), null);
        int order = p.stages() == null ? 0 : p.stages().size();
        return stage(p, asStage, order, here, Map.of(), stances).map(s -> new Stage(s.packageId(), s.id(), s.order(),
                s.ballot(), r.date() == null ? null : s.date(), s.dueOn(), s.after(), s.deadline(), null,
                Stage.Kind.RENEWAL, by.get()));
    }

    private Optional<java.time.Period> period(String text, FieldPath at) {
        if (text == null) {
            problems.add(at, "a renewal needs extends-by: how long it keeps the package in force, such as 6 months or 1 year");
            return Optional.empty();
        }
        java.util.regex.Matcher m = PERIOD.matcher(text.trim());
        if (!m.matches()) {
            problems.add(at, "'" + text + "' is not a period; write a whole number of months or years, such as 6 months"
                    + " or 1 year");
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        return Optional.of(m.group(2).startsWith("month") ? java.time.Period.ofMonths(n) : java.time.Period.ofYears(n));
    }

    /** The stage ids, each after every stage it comes after (the graph has no cycle), earlier-written first. */
    private static List<String> dependencyOrder(Map<String, List<String>> edges) {
        List<String> out = new ArrayList<>();
        for (String id : edges.keySet()) {
            visit(id, edges, out);
        }
        return out;
    }

    private static void visit(String id, Map<String, List<String>> edges, List<String> out) {
        if (out.contains(id)) {
            return;
        }
        edges.getOrDefault(id, List.of()).forEach(e -> visit(e, edges, out));
        out.add(id);
    }

    private static boolean written(ScenarioDocument.PackageDocument p, String field) {
        return switch (field) {
            case "forum" -> p.forum() != null;
            case "rule" -> p.rule() != null;
            case "positions" -> p.positions() != null;
            case "cfsp" -> p.cfsp() != null;
            case "participation" -> p.participation() != null;
            case "coalition" -> p.coalition() != null;
            case "implementation" -> p.implementation() != null;
            case "requires" -> p.requires() != null;
            case "cost-shares" -> p.costShares() != null;
            case "concerned" -> p.concerned() != null;
            case "area" -> p.area() != null;
            case "enhanced-cooperation" -> p.enhancedCooperation() != null;
            case "no-opinion-blocks" -> p.noOpinionBlocks() != null;
            default -> false;
        };
    }
}
