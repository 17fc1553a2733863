package org.aidsim.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The disbursement timeline: one row per tranche, coloured on each visited date by where it stood then (released,
 * withheld, pending), with a dot on the date it was paid. Read from the run JSON's "timeline" tranches.
 */
final class TrancheChart {
    /** Status as the run JSON spells it, and its colour. */
    static final Map<String, String> COLOURS = Map.of("RELEASED", "#2e7d32", "WITHHELD", "#c62828", "PENDING", "#f9a825");

    private TrancheChart() {
    }

    static String of(Timeline timeline) {
        Map<String, TreeMap<LocalDate, JsonNode>> rows =
                timeline.rows("tranches", t -> t.path("package").asText() + " / " + t.path("id").asText());
        if (rows.isEmpty()) {
            return "";
        }
        DateAxis axis = new DateAxis(timeline.dates());
        StringBuilder svg = new StringBuilder(axis.rowsFrame("tranches", "Tranches by date and status", rows.size()));
        double y = DateAxis.rowY(0);
        for (Map.Entry<String, TreeMap<LocalDate, JsonNode>> row : rows.entrySet()) {
            JsonNode last = row.getValue().lastEntry().getValue();
            svg.append(Svg.label(row.getKey(), y + 16, 32));
            for (Map.Entry<LocalDate, JsonNode> on : row.getValue().entrySet()) {
                String status = on.getValue().path("status").asText();
                svg.append("<rect class=\"status ").append(Svg.escape(status.toLowerCase(Locale.ROOT)))
                        .append("\" data-status=\"").append(Svg.escape(status)).append("\" data-date=\"").append(on.getKey())
                        .append("\" ").append(axis.span(on.getKey(), timeline.next(on.getKey()), y)).append(" fill=\"").append(colour(status))
                        .append("\"><title>").append(Svg.escape(row.getKey() + " on " + on.getKey() + ": " + status.toLowerCase(Locale.ROOT)
                                + " (" + String.join("; ", reasons(on.getValue())) + ")")).append("</title></rect>\n");
            }
            if (!last.path("date").isNull() && last.path("status").asText().equals("RELEASED")) {
                LocalDate paid = LocalDate.parse(last.path("date").asText());
                svg.append("<circle class=\"paid\" data-date=\"").append(paid).append("\" data-amount=\"")
                        .append(Svg.escape(last.path("amount").asText())).append("\" cx=\"").append(Svg.at(axis.x(paid)))
                        .append("\" cy=\"").append(Svg.at(y + 12)).append("\" r=\"6\" fill=\"#1b5e20\" stroke=\"#fff\"><title>")
                        .append(Svg.escape("paid " + Svg.euros(new BigDecimal(last.path("amount").asText())) + " on " + paid))
                        .append("</title></circle>\n");
            }
            svg.append("<text class=\"value\" x=\"").append(Svg.at(axis.beyond() + 4)).append("\" y=\"").append(Svg.at(y + 16)).append("\">")
                    .append(Svg.escape(Svg.euros(new BigDecimal(last.path("amount").asText())))).append("</text>\n");
            y += DateAxis.ROW;
        }
        svg.append("</svg>\n");
        return svg + legend();
    }

    static String colour(String status) {
        return COLOURS.getOrDefault(status, "#bdbdbd");
    }

    private static List<String> reasons(JsonNode tranche) {
        List<String> out = new ArrayList<>();
        tranche.path("reasons").forEach(r -> out.add(r.asText()));
        return out;
    }

    private static String legend() {
        StringBuilder out = new StringBuilder("<p class=\"legend\">");
        for (String status : List.of("RELEASED", "WITHHELD", "PENDING")) {
            out.append("<span class=\"swatch\" style=\"background:").append(colour(status)).append("\"></span>")
                    .append(status.toLowerCase(Locale.ROOT)).append(' ');
        }
        return out.append("&#9679; paid on that date</p>\n").toString();
    }
}
