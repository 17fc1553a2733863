package org.aidsim.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidsim.model.AidPackage;
import org.aidsim.model.Coalition;
import org.aidsim.model.CountryCode;
import org.aidsim.model.DecisionRule;
import org.aidsim.model.Position;
import org.aidsim.model.Scenario;

/** Parses and checks what a sweep varies: --vary/--over (every combination) or --prob (sampled). */
final class SweepOptions {
    static final long LIMIT = 10_000_000L;

    /** Threads per core a sweep may use: more only adds scheduling, and thousands exhaust native memory. */
    static final int THREADS_PER_CORE = 4;

    private SweepOptions() {
    }

    /**
     * The worker count for {@code --threads}: every core when not given, else the value given, which must lie
     * between 1 and {@value #THREADS_PER_CORE} per core ({@code cores} as the JVM sees them).
     */
    static int threads(Long given, int cores) {
        if (given == null) {
            return cores;
        }
        int most = THREADS_PER_CORE * cores;
        if (given < 1 || given > most) {
            throw usage("--threads " + given + ": " + (given > most ? "too large; " : "") + "expected 1 to " + most
                    + " (" + THREADS_PER_CORE + " per core, " + cores + (cores == 1 ? " core" : " cores") + ")");
        }
        return given.intValue();
    }

    /**
     * The members named, each checked to hold a seat in a voted package; {@code unvoted} (a clause, or empty) says
     * why coalition members cannot be varied: a coalition gathers pledges, not votes.
     */
    static List<CountryCode> members(List<String> written, List<CountryCode> seated, String unvoted, String option) {
        List<CountryCode> out = new ArrayList<>();
        for (String code : written) {
            String c = code.trim();
            if (!CountryCode.isWellFormed(c) || !seated.contains(CountryCode.of(c))) {
                throw usage(option + " " + c + ": " + noSeat(seated) + (unvoted.isEmpty() ? "" : "; " + unvoted));
            }
            if (out.contains(CountryCode.of(c))) {
                throw usage(option + " " + c + ": named twice");
            }
            out.add(CountryCode.of(c));
        }
        return out;
    }

    private static String noSeat(List<CountryCode> seated) {
        if (seated.isEmpty()) {
            return "no package of this scenario is put to a vote, so no member's position can be varied";
        }
        return "not a member with a seat in a voted package of this scenario; members that can be varied: "
                + String.join(" ", seated.stream().map(CountryCode::code).toList());
    }

    /** Why a coalition's members have nothing to vary, or "" when the scenario has no coalition. */
    static String unvoted(Scenario scenario) {
        List<String> delivered = scenario.packages().stream().filter(p -> p.rule().equals(DecisionRule.COALITION))
                .map(AidPackage::id).sorted().toList();
        if (!delivered.isEmpty()) {
            return "packages a coalition delivers (" + String.join(", ", delivered)
                    + ") are pledged to, not voted on, so they have no votes to vary";
        }
        List<String> coalitions = scenario.coalitions().stream().map(Coalition::id).sorted().toList();
        return coalitions.isEmpty() ? "" : "coalitions (" + String.join(", ", coalitions)
                + ") gather pledges, not votes, so their members have no votes to vary";
    }

    static Position position(String word, String option) {
        return Position.PLAIN.stream().filter(p -> p.word().equals(word.trim())).findFirst()
                .orElseThrow(() -> usage(option + " " + word.trim() + ": unknown position; expected one of: " + words()));
    }

    static List<Position> positions(List<String> written) {
        List<Position> out = new ArrayList<>();
        for (String w : written) {
            Position p = position(w, "--over");
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** {@code HU=oppose:0.6,abstain:0.3} -> HU with its positions and probabilities, in the order written. */
    record Draw(String member, Map<Position, BigDecimal> probabilities) {
    }

    static Draw draw(String written) {
        int eq = written.indexOf('=');
        if (eq <= 0) {
            throw usage("--prob " + written + ": expected MEMBER=POSITION:P[,POSITION:P...], such as HU=oppose:0.6,abstain:0.3");
        }
        Map<Position, BigDecimal> probabilities = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (String part : written.substring(eq + 1).split(",")) {
            int colon = part.lastIndexOf(':');
            if (colon <= 0) {
                throw usage("--prob " + written + ": '" + part + "' is not POSITION:PROBABILITY, such as oppose:0.6");
            }
            Position p = position(part.substring(0, colon), "--prob " + written + ":");
            BigDecimal value;
            try {
                value = OptionConverters.number(part.substring(colon + 1).trim());
            } catch (picocli.CommandLine.TypeConversionException e) {
                throw usage("--prob " + written + ": " + e.getMessage() + "; a probability is a number from 0 to 1");
            }
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                throw usage("--prob " + written + ": " + value.toPlainString() + " is not a probability (a number from 0 to 1)");
            }
            if (probabilities.put(p, value) != null) {
                throw usage("--prob " + written + ": " + p.word() + " is given twice");
            }
            sum = sum.add(value);
        }
        if (sum.compareTo(BigDecimal.ONE) > 0) {
            throw usage("--prob " + written + ": the probabilities add up to " + sum.toPlainString()
                    + ", more than 1 (what remains goes to the member's position in the scenario)");
        }
        return new Draw(written.substring(0, eq).trim(), probabilities);
    }

    private static final java.util.regex.Pattern COUNT_RANGE =
            java.util.regex.Pattern.compile("(.+):(for|against|abstain)=(\\d{1,9})\\.\\.(\\d{1,9})");

    /**
     * {@code --vary-votes BALLOT:COUNT=LOW..HIGH}, each checked against the scenario: a ballot decided on the
     * Parliament's counts (named with the list of those that are), a count named once, LOW not above HIGH, and the
     * three counts of a ballot, each varied one at its HIGH, within the seats its ballot is counted against (on the day it is due).
     */
    static List<org.aidsim.engine.Sweep.CountRange> countRanges(List<String> written,
                                                               org.aidsim.engine.IncrementalEvaluator evaluator) {
        List<String> counted = new ArrayList<>();
        for (int b = 0; b < evaluator.ballotIds().size(); b++) {
            if (evaluator.seatCount(b).isPresent()) {
                counted.add(evaluator.ballotIds().get(b));
            }
        }
        String those = counted.isEmpty() ? "this scenario has none" : "those of this scenario: " + String.join(", ", counted);
        List<org.aidsim.engine.Sweep.CountRange> out = new ArrayList<>();
        for (String w : written) {
            java.util.regex.Matcher m = COUNT_RANGE.matcher(w.trim());
            if (!m.matches()) {
                throw usage("--vary-votes " + w + ": expected BALLOT:COUNT=LOW..HIGH with COUNT for, against or abstain,"
                        + " such as " + (counted.isEmpty() ? "facility/ep-consent" : counted.get(0)) + ":against=300..420");
            }
            String ballot = m.group(1).trim();
            if (!counted.contains(ballot)) {
                throw usage("--vary-votes " + w + ": '" + ballot + "' is not a ballot decided on the European Parliament's"
                        + " counts (a package or PACKAGE/STAGE with votes:); " + those);
            }
            long low = Long.parseLong(m.group(3));
            long high = Long.parseLong(m.group(4));
            if (low > high) {
                throw usage("--vary-votes " + w + ": the range runs from " + low + " down to " + high + "; write LOW..HIGH");
            }
            if (out.stream().anyMatch(r -> r.ballot().equals(ballot) && r.which().equals(m.group(2)))) {
                throw usage("--vary-votes " + w + ": " + ballot + ":" + m.group(2) + " is varied twice");
            }
            out.add(new org.aidsim.engine.Sweep.CountRange(ballot, m.group(2), low, high));
        }
        for (String ballot : out.stream().map(org.aidsim.engine.Sweep.CountRange::ballot).distinct().toList()) {
            org.aidsim.model.SeatCount now = evaluator.seatCount(evaluator.ballotIds().indexOf(ballot)).orElseThrow();
            Map<String, Long> most = new LinkedHashMap<>();
            most.put("for", now.inFavour());
            most.put("against", now.against());
            most.put("abstain", now.abstain());
            out.stream().filter(r -> r.ballot().equals(ballot)).forEach(r -> most.put(r.which(), r.high()));
            long total = most.values().stream().mapToLong(Long::longValue).sum();
            if (total > now.seats()) {
                throw usage("--vary-votes on " + ballot + ": at the top of the ranges " + most.get("for") + " for + "
                        + most.get("against") + " against + " + most.get("abstain") + " abstaining = " + total
                        + " members, but the European Parliament has " + now.seats() + " component members on the"
                        + " day that ballot is decided; lower HIGH so that the three counts add up to at most " + now.seats());
            }
        }
        return out;
    }

    /** {@code --stage PACKAGE/STAGE}: a stage's ballot of the scenario (named with the list of them), or null when not given. */
    static String stage(String written, org.aidsim.engine.IncrementalEvaluator evaluator) {
        if (written == null) {
            return null;
        }
        List<String> stages = evaluator.ballotIds().subList(evaluator.packageIds().size(), evaluator.ballotIds().size());
        if (!stages.contains(written.trim())) {
            throw usage("--stage " + written + ": not a stage of this scenario; expected PACKAGE/STAGE, one of: "
                    + (stages.isEmpty() ? "none (no package is decided in stages)" : String.join(", ", stages)));
        }
        return written.trim();
    }

    /** With {@code --stage}: every varied member must have a vote in that stage, else varying it would change nothing. */
    static void refuseUnseated(org.aidsim.engine.Sweep.Plan plan, org.aidsim.engine.IncrementalEvaluator evaluator) {
        if (plan.stage() == null) {
            return;
        }
        int ballot = evaluator.ballotIds().indexOf(plan.stage());
        List<String> seated = new ArrayList<>();
        for (int m = 0; m < evaluator.members().size(); m++) {
            if (evaluator.seats(ballot, m)) {
                seated.add(evaluator.members().get(m).code());
            }
        }
        for (CountryCode member : plan.members()) {
            int m = evaluator.members().indexOf(member);
            if (m < 0 || !evaluator.seats(ballot, m)) {
                throw usage("--stage " + plan.stage() + ": " + member.code() + " has no vote a what-if can change in that"
                        + " stage; members that can be varied there: " + (seated.isEmpty() ? "none" : String.join(" ", seated)));
            }
        }
    }

    static String words() {
        return String.join(", ", Position.PLAIN.stream().map(Position::word).toList());
    }

    static AidsimException usage(String message) {
        return new AidsimException(ExitCodes.USAGE, "aidsim: " + message);
    }
}
