package org.aidsim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aidsim.engine.PivotSearch;
import org.aidsim.engine.PivotSearch.PackagePivots;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Scenario;

/** What {@code pivots} found: per package, the members whose position alone flips it and a smallest set whose support passes it. */
public record PivotsReport(Header header, List<PackagePivots> pivots) implements Report {
    public PivotsReport {
        pivots = List.copyOf(pivots);
    }

    /** The scenario header, then per package its outcome, the single members who flip it and a smallest supporting set. */
    @Override
    public String text() {
        Scenario scenario = header.scenario();
        StringBuilder out = new StringBuilder();
        header.text(" · " + scenario.date(), out);
        for (PackagePivots p : pivots) {
            var aidPackage = scenario.aidPackage(p.packageId()).orElseThrow();
            out.append('\n').append(p.packageId()).append(" (").append(aidPackage.forum()).append(", ")
                    .append(aidPackage.rule().word()).append("): ").append(p.verdict().name()).append('\n');
            if (p.flips().isEmpty()) {
                out.append("  no single member's change of position flips it\n");
            } else {
                out.append("  one member's change alone ").append(p.verdict().name().equals("ADOPTED") ? "stops" : "passes").append(" it:\n");
                if (p.staged()) {
                    // A package decided in stages: each flip names the stage it is made in ("HU at euco").
                    p.flips().keySet().forEach(to -> {
                        List<String> at = p.stageFlips().stream().filter(f -> f.to() == to).map(PivotSearch.StageFlip::label).toList();
                        out.append("    -> ").append(to.word()).append(": ").append(String.join(", ", at)).append('\n');
                    });
                } else {
                    p.flips().forEach((to, members) -> out.append("    -> ").append(to.word()).append(": ")
                            .append(TextReporter.codes(members)).append(members.size() > 1 ? " (" + members.size() + " members)" : "").append('\n'));
                }
            }
            switch (p.search()) {
                case EXACT -> out.append("  smallest set whose support passes it: ").append(support(p))
                        .append(" (").append(p.smallestSupport().size()).append(p.smallestSupport().size() == 1 ? " member" : " members")
                        .append(p.provenByBound() ? "; no smaller set can: the rule needs at least " + p.lowerBound() + ")\n"
                                : "; no smaller set does)\n");
                case SMALLEST_FOUND -> out.append("  smallest set found whose support passes it: ").append(support(p))
                        .append(" (").append(p.smallestSupport().size()).append(" members; not every smaller set was tried: raise --max-evaluations)\n");
                case NOT_DUE -> out.append("  no set of supporters passes it yet: a stage is not due on the date decided on"
                        + " (try --as-of)\n");
                case IMPOSSIBLE -> out.append(p.verdict() == org.aidsim.model.Verdict.WAITING
                        ? "  no set of its own supporters passes it: it waits for a package it requires (run names which)\n"
                        : "  no set of supporters passes it: it fails even with every member in favour\n");
                case NOT_NEEDED -> { }
            }
        }
        TextReporter.notes(header.notes(), out);
        return out.toString();
    }

    /** The members of the smallest supporting set; for a package decided in stages, with the stage of each ("HU at euco"). */
    private static String support(PackagePivots p) {
        return p.stageSupport().isEmpty() ? TextReporter.codes(p.smallestSupport())
                : String.join(", ", p.stageSupport().stream().map(PivotSearch.StageFlip::label).toList());
    }

    /**
     * {"scenario", "file", "rules", "notes", "decidedOn", "asOf", "datesNotPlayed", "packages": [{"id", "outcome",
     * "flips": {position: [member]}, "smallestSupport", "search", "lowerBound"}]}; a package decided in stages also
     * has "stageFlips": [{"member", "to", "stage"}] (each flip with the stage it is made in) and "stageSupport":
     * [{"member", "stage"}] (the smallest supporting set's seats), fields no other package has.
     */
    @Override
    public List<Map<String, Object>> documents() {
        Map<String, Object> doc = header.json();
        List<Map<String, Object>> packages = new ArrayList<>();
        for (PackagePivots p : pivots) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("id", p.packageId());
            one.put("outcome", p.verdict().word());
            Map<String, List<String>> flips = new LinkedHashMap<>();
            p.flips().forEach((to, members) -> flips.put(to.word(), members.stream().map(CountryCode::code).toList()));
            one.put("flips", flips);
            one.put("smallestSupport", p.search() == PivotSearch.SupportSearch.NOT_NEEDED ? null
                    : p.smallestSupport().stream().map(CountryCode::code).toList());
            one.put("search", p.search().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            one.put("lowerBound", p.search() == PivotSearch.SupportSearch.NOT_NEEDED ? null : p.lowerBound());
            if (p.staged()) {
                List<Map<String, Object>> stageFlips = new ArrayList<>();
                for (PivotSearch.StageFlip f : p.stageFlips()) {
                    Map<String, Object> flip = new LinkedHashMap<>();
                    flip.put("member", f.member().code());
                    flip.put("to", f.to().word());
                    flip.put("stage", f.stage());
                    stageFlips.add(flip);
                }
                one.put("stageFlips", stageFlips);
                List<Map<String, Object>> stageSupport = new ArrayList<>();
                for (PivotSearch.StageFlip f : p.stageSupport()) {
                    Map<String, Object> seat = new LinkedHashMap<>();
                    seat.put("member", f.member().code());
                    seat.put("stage", f.stage());
                    stageSupport.add(seat);
                }
                one.put("stageSupport", stageSupport);
            }
            packages.add(one);
        }
        doc.put("packages", packages);
        return List.of(doc);
    }
}
