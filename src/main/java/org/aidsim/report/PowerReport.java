package org.aidsim.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.aidsim.engine.PowerCheck.PackagePower;
import org.aidsim.engine.PowerIndices;
import org.aidsim.model.CountryCode;

/**
 * What {@code power} found: per package its players, winning coalitions and each member's Banzhaf (absolute and
 * normalised), Shapley-Shubik index and swings; with a second side ({@code --compare} or {@code --set}), both side by
 * side by package id and member. Indices are exact fractions rounded half-even: 4 places in text, 9 in JSON and CSV.
 *
 * @param other the second side, or null for one
 * @param otherLabel how the second side is named ("other.yaml", "FILE --set ...")
 */
public record PowerReport(Header header, List<PackagePower> packages, Header other, String otherLabel,
                          List<PackagePower> otherPackages) implements Report {
    private static final int TEXT_DIGITS = 4;

    public PowerReport {
        packages = List.copyOf(packages);
        otherPackages = otherPackages == null ? null : List.copyOf(otherPackages);
    }

    /** One side only. */
    public PowerReport(Header header, List<PackagePower> packages) {
        this(header, packages, null, null, null);
    }

    @Override
    public String text() {
        StringBuilder out = new StringBuilder();
        header.text(other == null ? "" : " compared with " + otherLabel, out);
        for (PackagePower p : packages) {
            Optional<PackagePower> q = counterpart(p.packageId());
            out.append('\n').append(p.packageId()).append(" (").append(p.forum()).append(", ").append(p.rule().word());
            q.filter(o -> !o.rule().equals(p.rule()) || !o.forum().equals(p.forum()))
                    .ifPresent(o -> out.append(" -> ").append(o.forum()).append(", ").append(o.rule().word()));
            out.append("): ").append(p.players().size()).append(" members in the game");
            if (!p.outside().isEmpty()) {
                out.append(", outside it: ").append(TextReporter.codes(p.outside()));
            }
            out.append('\n');
            out.append("  winning coalitions: ").append(winning(p));
            q.ifPresent(o -> out.append(" -> ").append(winning(o)));
            out.append('\n');
            out.append("  check: ").append(p.check()).append('\n');
            q.ifPresent(o -> out.append("  check (").append(otherLabel).append("): ").append(o.check()).append('\n'));
            if (q.isEmpty()) {
                out.append(single(p).render("  "));
            } else {
                out.append(compared(p, q.get()).render("  "));
            }
            if (!p.indices().exact() || q.map(o -> !o.indices().exact()).orElse(false)) {
                out.append("  estimates: Monte Carlo through the rules, ").append(samples(p, q))
                        .append("; [low, high] are Wilson 95% intervals\n");
            }
        }
        if (other != null) {
            for (PackagePower o : otherPackages) {
                if (packages.stream().noneMatch(p -> p.packageId().equals(o.packageId()))) {
                    out.append('\n').append(o.packageId()).append(": only in ").append(otherLabel).append('\n');
                }
            }
        }
        TextReporter.notes(header.notes(), out);
        return out.toString();
    }

    private static String samples(PackagePower p, Optional<PackagePower> q) {
        long n = p.indices().exact() ? q.map(o -> o.indices().samples()).orElse(0L) : p.indices().samples();
        return String.format(Locale.ROOT, "%,d draws per index", n);
    }

    private static String winning(PackagePower p) {
        String count = String.format(Locale.ROOT, "%,d of %,d", p.indices().winning(), p.indices().coalitions());
        return p.indices().exact() ? count : "about " + count + " (estimated)";
    }

    private static Table single(PackagePower p) {
        boolean exact = p.indices().exact();
        Table table = exact ? new Table("MEMBER", "WEIGHT", "SWINGS", "BANZHAF", "NORMALISED", "SHAPLEY-SHUBIK")
                : new Table("MEMBER", "WEIGHT", "SWINGS", "BANZHAF [low, high]", "NORMALISED", "SHAPLEY-SHUBIK [low, high]");
        for (int i = 0; i < p.players().size(); i++) {
            PowerIndices.Member m = p.indices().members().get(i);
            table.row(m.member().code(), Long.toString(p.weights().get(i)), Long.toString(m.swings()),
                    exact ? shown(m.banzhaf()) : shown(m.banzhaf()) + " [" + shown(m.banzhafLow()) + ", " + shown(m.banzhafHigh()) + "]",
                    shown(m.normalisedBanzhaf()),
                    exact ? shown(m.shapleyShubik()) : shown(m.shapleyShubik()) + " [" + shown(m.shapleyShubikLow()) + ", "
                            + shown(m.shapleyShubikHigh()) + "]");
        }
        return table;
    }

    private static Table compared(PackagePower p, PackagePower q) {
        Table table = new Table("MEMBER", "NORMALISED BANZHAF", "CHANGE", "SHAPLEY-SHUBIK", "CHANGE");
        TreeSet<CountryCode> members = new TreeSet<>(p.players());
        members.addAll(q.players());
        for (CountryCode c : members) {
            Optional<PowerIndices.Member> a = member(p, c);
            Optional<PowerIndices.Member> b = member(q, c);
            table.row(c.code(),
                    a.map(m -> shown(m.normalisedBanzhaf())).orElse("-") + " -> " + b.map(m -> shown(m.normalisedBanzhaf())).orElse("-"),
                    change(a.map(PowerIndices.Member::normalisedBanzhaf), b.map(PowerIndices.Member::normalisedBanzhaf)),
                    a.map(m -> shown(m.shapleyShubik())).orElse("-") + " -> " + b.map(m -> shown(m.shapleyShubik())).orElse("-"),
                    change(a.map(PowerIndices.Member::shapleyShubik), b.map(PowerIndices.Member::shapleyShubik)));
        }
        return table;
    }

    private static String change(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        BigDecimal d = b.orElse(BigDecimal.ZERO).subtract(a.orElse(BigDecimal.ZERO)).setScale(TEXT_DIGITS, RoundingMode.HALF_EVEN);
        return d.signum() > 0 ? "+" + d.toPlainString() : d.signum() == 0 ? "0" : d.toPlainString();
    }

    private static Optional<PowerIndices.Member> member(PackagePower p, CountryCode c) {
        return p.indices().members().stream().filter(m -> m.member().equals(c)).findFirst();
    }

    private static String shown(BigDecimal value) {
        return value.setScale(TEXT_DIGITS, RoundingMode.HALF_EVEN).toPlainString();
    }

    private Optional<PackagePower> counterpart(String id) {
        return other == null ? Optional.empty() : otherPackages.stream().filter(o -> o.packageId().equals(id)).findFirst();
    }

    /**
     * {"scenario", "file", "rules", "notes", "decidedOn", ..., "packages": [package], "compare": null or {"label",
     * "scenario", "file", "packages": [package]}}; a package is {"id", "forum", "rule", "members", "outside",
     * "exact", "rulesAgree", "check", "coalitions", "winningCoalitions", "samples", "indices": [{"member", "weight",
     * "swings", "banzhaf", "normalisedBanzhaf", "shapleyShubik", and when estimated "banzhafLow", "banzhafHigh",
     * "shapleyShubikLow", "shapleyShubikHigh"}]}; indices are decimals with 9 places.
     */
    @Override
    public List<Map<String, Object>> documents() {
        Map<String, Object> doc = header.json();
        doc.put("packages", packages.stream().map(PowerReport::json).toList());
        if (other == null) {
            doc.put("compare", null);
        } else {
            Map<String, Object> second = new LinkedHashMap<>();
            second.put("label", otherLabel);
            second.put("scenario", other.scenario().name());
            second.put("file", other.scenario().file());
            second.put("packages", otherPackages.stream().map(PowerReport::json).toList());
            doc.put("compare", second);
        }
        return List.of(doc);
    }

    private static Map<String, Object> json(PackagePower p) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("id", p.packageId());
        one.put("forum", p.forum());
        one.put("rule", p.rule().word());
        one.put("members", p.players().stream().map(CountryCode::code).toList());
        one.put("outside", p.outside().stream().map(CountryCode::code).toList());
        one.put("exact", p.indices().exact());
        one.put("rulesAgree", p.agrees());
        one.put("check", p.check());
        one.put("coalitions", p.indices().coalitions());
        one.put("winningCoalitions", p.indices().winning());
        one.put("samples", p.indices().samples());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < p.players().size(); i++) {
            PowerIndices.Member m = p.indices().members().get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("member", m.member().code());
            row.put("weight", p.weights().get(i));
            row.put("swings", m.swings());
            row.put("banzhaf", m.banzhaf());
            row.put("normalisedBanzhaf", m.normalisedBanzhaf());
            row.put("shapleyShubik", m.shapleyShubik());
            if (!p.indices().exact()) {
                row.put("banzhafLow", m.banzhafLow());
                row.put("banzhafHigh", m.banzhafHigh());
                row.put("shapleyShubikLow", m.shapleyShubikLow());
                row.put("shapleyShubikHigh", m.shapleyShubikHigh());
            }
            rows.add(row);
        }
        one.put("indices", rows);
        return one;
    }

    /**
     * One row per side, package and member: side (base, or compare), package, rule, member, weight, swings, the three
     * indices, exact (true/false) and the Wilson 95% bounds of an estimate (empty when exact).
     */
    @Override
    public String csv() {
        StringBuilder out = new StringBuilder("side,package,rule,member,weight,swings,banzhaf,normalised_banzhaf,shapley_shubik,"
                + "exact,banzhaf_low,banzhaf_high,shapley_shubik_low,shapley_shubik_high\n");
        csv("base", packages, out);
        if (other != null) {
            csv("compare", otherPackages, out);
        }
        return out.toString();
    }

    private static void csv(String side, List<PackagePower> list, StringBuilder out) {
        for (PackagePower p : list) {
            for (int i = 0; i < p.players().size(); i++) {
                PowerIndices.Member m = p.indices().members().get(i);
                boolean exact = p.indices().exact();
                out.append(side).append(',').append(p.packageId()).append(',').append(p.rule().word()).append(',')
                        .append(m.member().code()).append(',').append(p.weights().get(i)).append(',').append(m.swings()).append(',')
                        .append(m.banzhaf().toPlainString()).append(',').append(m.normalisedBanzhaf().toPlainString()).append(',')
                        .append(m.shapleyShubik().toPlainString()).append(',').append(exact).append(',')
                        .append(exact ? "" : m.banzhafLow().toPlainString()).append(',')
                        .append(exact ? "" : m.banzhafHigh().toPlainString()).append(',')
                        .append(exact ? "" : m.shapleyShubikLow().toPlainString()).append(',')
                        .append(exact ? "" : m.shapleyShubikHigh().toPlainString()).append('\n');
            }
        }
    }
}
