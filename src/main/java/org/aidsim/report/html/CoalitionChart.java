package org.aidsim.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Coalitions over time: one row per coalition, filled on the dates it was active (the run JSON's "timeline"
 * coalitions, {"id", "active"}), with its members and leads as the run ends (the JSON's "coalitions": the timeline
 * does not list members per date).
 */
final class CoalitionChart {

    private CoalitionChart() {
    }

    static String of(JsonNode run, Timeline timeline) {
        Map<String, TreeMap<LocalDate, JsonNode>> rows = timeline.rows("coalitions", c -> c.path("id").asText());
        if (rows.isEmpty()) {
            return "";
        }
        DateAxis axis = new DateAxis(timeline.dates());
        StringBuilder svg = new StringBuilder(axis.rowsFrame("coalitions", "Coalitions active by date", rows.size()));
        double y = DateAxis.rowY(0);
        for (Map.Entry<String, TreeMap<LocalDate, JsonNode>> row : rows.entrySet()) {
            svg.append(Svg.label(row.getKey(), y + 16, 32));
            for (Map.Entry<LocalDate, JsonNode> on : row.getValue().entrySet()) {
                boolean active = on.getValue().path("active").asBoolean();
                svg.append("<rect class=\"coalition ").append(active ? "active" : "inactive").append("\" data-active=\"").append(active)
                        .append("\" data-date=\"").append(on.getKey()).append("\" ")
                        .append(axis.span(on.getKey(), timeline.next(on.getKey()), y)).append(" fill=\"")
                        .append(active ? "#1565c0" : "#e0e0e0").append("\"><title>")
                        .append(Svg.escape(row.getKey() + " on " + on.getKey() + ": " + (active ? "active" : "not active")))
                        .append("</title></rect>\n");
            }
            y += DateAxis.ROW;
        }
        svg.append("</svg>\n");
        StringBuilder out = new StringBuilder(svg);
        out.append("<ul class=\"coalition-members\">\n");
        for (JsonNode c : run.path("coalitions")) {
            out.append("<li><strong>").append(Svg.escape(c.path("id").asText())).append("</strong> ")
                    .append(Svg.escape(c.path("title").asText())).append(": members ")
                    .append(Svg.escape(String.join(", ", texts(c.path("members"))))).append("; led by ")
                    .append(Svg.escape(String.join(", ", texts(c.path("leads"))))).append("; pledged ")
                    .append(Svg.escape(Svg.euros(new BigDecimal(c.path("pledged").path("euros").asText("0")))))
                    .append("</li>\n");
        }
        return out.append("</ul>\n<p class=\"legend\"><span class=\"swatch\" style=\"background:#1565c0\"></span>active "
                + "<span class=\"swatch\" style=\"background:#e0e0e0\"></span>not active</p>\n").toString();
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
