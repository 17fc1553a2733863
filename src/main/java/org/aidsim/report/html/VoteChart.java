package org.aidsim.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Institutions;
import org.aidsim.model.PopulationTable;
import org.aidsim.model.Ratio;
import org.aidsim.model.Thresholds;

/**
 * One package's vote as the EU Council's voting calculator shows it. A qualified-majority vote (Art. 16(4) TEU,
 * Art. 238 TFEU) is two bars, member states and population in favour, against the members line (55%, or 72%
 * reinforced) and the 65% population line, with the blocking minority (at least 4 members holding more than 35%)
 * spelt out. A unanimity, consensus, national or coalition decision is a grid of members coloured by vote, the
 * blockers marked. Votes come from the run JSON's "votes" ({position: [member codes]}); the population weights
 * and lines from the rules folder's reference data and parameters, the same the rules compared against.
 */
final class VoteChart {
    /** Position words of the run JSON in the order the bars stack them: in favour first, against last. */
    static final List<String> ORDER = List.of("support", "abstain", "constructive-abstain", "absent", "oppose", "opt-out");
    private static final Map<String, String> COLOURS = Map.of(
            "support", "#2e7d32", "abstain", "#9e9e9e", "constructive-abstain", "#7b8fa3", "absent", "#d7d7d7",
            "oppose", "#c62828", "opt-out", "#ffffff");
    /**
     * Positions of members left out of the shares (Art. 238(3) TFEU): opted out, the member an Art. 7 TEU procedure
     * concerns (Art. 354 TFEU), a member outside by treaty protocol.
     */
    private static final List<String> NOT_TAKING_PART = List.of("opt-out", "concerned", "outside");
    private static final double LEFT = 250;
    private static final double WIDTH = 400;

    private VoteChart() {
    }

    /** The colour a position is drawn in (also the legend's). */
    static String colour(String position) {
        return COLOURS.getOrDefault(position, "#bdbdbd");
    }

    /** The chart for {@code pkg} (one element of the run JSON's "packages"), decided on {@code date}. */
    static String of(JsonNode pkg, Institutions institutions, LocalDate date) {
        String rule = pkg.path("rule").asText();
        Optional<PopulationTable> population = institutions.populationOf(pkg.path("forum").asText(), date);
        if ((rule.equals("qmv") || rule.equals("reinforced-qmv")) && population.isPresent()) {
            return qualifiedMajority(pkg, rule, institutions.parameters().on(date), population.get()) + whoBlocked(pkg);
        }
        return whoBlocked(pkg);
    }

    private static Map<String, List<String>> votes(JsonNode pkg) {
        Map<String, List<String>> votes = new LinkedHashMap<>();
        for (String position : ORDER) {
            votes.put(position, new ArrayList<>());
        }
        pkg.path("votes").fields().forEachRemaining(e -> {
            List<String> members = votes.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
            e.getValue().forEach(m -> members.add(m.asText()));
        });
        return votes;
    }

    private static String qualifiedMajority(JsonNode pkg, String rule, Thresholds t, PopulationTable table) {
        boolean reinforced = rule.equals("reinforced-qmv");
        Ratio membersLine = reinforced ? t.ratio("reinforced-qmv.members") : t.ratio("qmv.members");
        Ratio populationLine = reinforced ? t.ratio("reinforced-qmv.population") : t.ratio("qmv.population");
        Map<String, List<String>> votes = votes(pkg);
        // Members that opted out, the member concerned and members outside by treaty do not take part: the shares
        // are of those taking part (Art. 238(3) TFEU).
        Map<String, Long> memberCounts = new LinkedHashMap<>();
        Map<String, Long> weights = new LinkedHashMap<>();
        long members = 0;
        long people = 0;
        for (Map.Entry<String, List<String>> e : votes.entrySet()) {
            if (NOT_TAKING_PART.contains(e.getKey())) {
                continue;
            }
            long weight = e.getValue().stream().mapToLong(m -> table.of(CountryCode.of(m))).sum();
            memberCounts.put(e.getKey(), (long) e.getValue().size());
            weights.put(e.getKey(), weight);
            members += e.getValue().size();
            people += weight;
        }
        long membersFor = memberCounts.getOrDefault("support", 0L);
        long peopleFor = weights.getOrDefault("support", 0L);
        long membersNot = members - membersFor;
        long peopleNot = people - peopleFor;
        Ratio blockingShare = populationLine.complement();
        boolean blockingMinority = membersNot >= t.count("qmv.blocking-minority-members") && blockingShare.isExceededBy(peopleNot, people);
        StringBuilder svg = new StringBuilder();
        double height = 112;
        svg.append("<svg class=\"vote qmv\" viewBox=\"0 0 820 ").append(Svg.at(height)).append("\" width=\"820\" height=\"")
                .append(Svg.at(height)).append("\" role=\"img\" aria-label=\"")
                .append(Svg.escape("Member states and population in favour of " + pkg.path("id").asText())).append("\">\n");
        bar(svg, "members", 14, "Member states in favour", memberCounts, members,
                membersFor + " of " + members + " (" + Svg.shownPercent(membersFor, members) + ")");
        threshold(svg, "members", 14, membersLine);
        // Four decimals: the population line is where 64.9835% and 65.0035% part, as in the Council calculator.
        bar(svg, "population", 58, "Population in favour", weights, people, Svg.percent(peopleFor, people) + "%");
        threshold(svg, "population", 58, populationLine);
        svg.append("</svg>\n");
        StringBuilder out = new StringBuilder(svg);
        out.append("<p class=\"lines\">Needed: ").append(Svg.escape(membersLine.percent())).append(" of the members taking part");
        // The minimum of fifteen members applies when every member takes part (Art. 16(4) TEU); opt-outs lift it.
        if (!reinforced && NOT_TAKING_PART.stream().allMatch(p -> votes.getOrDefault(p, List.of()).isEmpty())) {
            out.append(" and at least ").append(t.count("qmv.minimum-members")).append(" of them");
        }
        out.append(", holding ").append(Svg.escape(populationLine.percent())).append(" of their population. ");
        out.append("<span class=\"blocking\" data-blocking=\"").append(blockingMinority).append("\">Blocking minority: ")
                .append(blockingMinority ? "yes" : "no").append(", ").append(membersNot).append(" members not in favour holding ")
                .append(Svg.shownPercent(peopleNot, people)).append(" of the population (at least ")
                .append(t.count("qmv.blocking-minority-members")).append(" members holding more than ")
                .append(Svg.escape(blockingShare.percent())).append(" needed).</span></p>\n");
        out.append("<p class=\"weights\">Population weights: ").append(Svg.escape(table.label())).append(".</p>\n");
        return out.toString();
    }

    /** A stacked bar: one segment per position, widths its share of {@code whole}, each carrying its value. */
    private static void bar(StringBuilder svg, String kind, double y, String label, Map<String, Long> parts, long whole,
            String shown) {
        svg.append("<text x=\"0\" y=\"").append(Svg.at(y + 17)).append("\" class=\"label\">").append(Svg.escape(label)).append("</text>\n");
        double x = LEFT;
        for (Map.Entry<String, Long> part : parts.entrySet()) {
            if (part.getValue() == 0) {
                continue;
            }
            double w = whole == 0 ? 0 : WIDTH * part.getValue() / whole;
            svg.append("<rect class=\"bar ").append(kind).append(' ').append(Svg.escape(part.getKey()))
                    .append("\" data-position=\"").append(Svg.escape(part.getKey()))
                    .append("\" data-value=\"").append(Svg.percent(part.getValue(), whole))
                    .append("\" x=\"").append(Svg.at(x)).append("\" y=\"").append(Svg.at(y))
                    .append("\" width=\"").append(Svg.at(w)).append("\" height=\"24\" fill=\"").append(colour(part.getKey()))
                    .append("\" stroke=\"#fff\"><title>").append(Svg.escape(part.getKey() + ": " + Svg.shownPercent(part.getValue(), whole)))
                    .append("</title></rect>\n");
            x += w;
        }
        svg.append("<rect x=\"").append(Svg.at(LEFT)).append("\" y=\"").append(Svg.at(y)).append("\" width=\"").append(Svg.at(WIDTH))
                .append("\" height=\"24\" fill=\"none\" stroke=\"#555\"/>\n");
        svg.append("<text x=\"").append(Svg.at(LEFT + WIDTH + 8)).append("\" y=\"").append(Svg.at(y + 17))
                .append("\" class=\"value\">").append(Svg.escape(shown)).append("</text>\n");
    }

    private static void threshold(StringBuilder svg, String kind, double y, Ratio line) {
        double x = LEFT + WIDTH * line.numerator() / line.denominator();
        String percent = line.percent();
        svg.append("<line class=\"threshold ").append(kind).append("\" data-threshold=\"").append(Svg.escape(percent.replace("%", "")))
                .append("\" x1=\"").append(Svg.at(x)).append("\" x2=\"").append(Svg.at(x)).append("\" y1=\"").append(Svg.at(y - 4))
                .append("\" y2=\"").append(Svg.at(y + 28)).append("\" stroke=\"#111\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>\n");
        svg.append("<text x=\"").append(Svg.at(x)).append("\" y=\"").append(Svg.at(y + 40))
                .append("\" text-anchor=\"middle\" class=\"tick\">").append(Svg.escape(percent)).append("</text>\n");
    }

    /** Unanimity, consensus, national and coalition decisions: every member by vote, the blockers marked. */
    private static String whoBlocked(JsonNode pkg) {
        Map<String, List<String>> votes = votes(pkg);
        Set<String> blockers = new TreeSet<>();
        pkg.path("blockers").forEach(b -> blockers.add(b.asText()));
        StringBuilder out = new StringBuilder("<div class=\"members\">\n");
        for (Map.Entry<String, List<String>> e : votes.entrySet()) {
            for (String member : e.getValue()) {
                boolean blocker = blockers.contains(member);
                out.append("<span class=\"member ").append(Svg.escape(e.getKey())).append(blocker ? " blocker" : "")
                        .append("\" data-position=\"").append(Svg.escape(e.getKey())).append("\" style=\"background:")
                        .append(colour(e.getKey())).append("\" title=\"").append(Svg.escape(member + ": " + e.getKey()))
                        .append("\">").append(Svg.escape(member)).append("</span>");
            }
        }
        out.append("\n</div>\n<p class=\"blocked-by\">");
        if (blockers.isEmpty()) {
            out.append("No one blocked.");
        } else {
            out.append("Blocked by: <strong>").append(Svg.escape(String.join(", ", blockers))).append("</strong>");
        }
        out.append("</p>\n");
        return out.toString();
    }
}
