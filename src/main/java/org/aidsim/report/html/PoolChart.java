package org.aidsim.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pool balances over time: one step line per pool, its balance on each visited date (the run JSON's "timeline"
 * pools), on a scale from zero to the largest balance. Each point carries the exact balance.
 */
final class PoolChart {
    private static final List<String> PALETTE = List.of("#1565c0", "#6a1b9a", "#00838f", "#ef6c00", "#4e342e", "#ad1457", "#558b2f");
    private static final double HEIGHT = 150;

    private PoolChart() {
    }

    static String of(Timeline timeline) {
        Map<String, TreeMap<LocalDate, JsonNode>> pools = timeline.rows("pools", p -> p.path("id").asText());
        if (pools.isEmpty()) {
            return "";
        }
        DateAxis axis = new DateAxis(timeline.dates());
        BigDecimal max = BigDecimal.ZERO;
        for (TreeMap<LocalDate, JsonNode> pool : pools.values()) {
            for (JsonNode state : pool.values()) {
                max = max.max(new BigDecimal(state.path("balance").asText()));
            }
        }
        double top = 14;
        double bottom = top + HEIGHT;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"pools\" viewBox=\"0 0 820 ").append(Svg.at(bottom + 34)).append("\" width=\"820\" height=\"")
                .append(Svg.at(bottom + 34)).append("\" role=\"img\" aria-label=\"Pool balances by date\">\n");
        svg.append(axis.draw(top, bottom));
        svg.append("<text class=\"tick\" x=\"").append(Svg.at(DateAxis.LEFT - 6)).append("\" y=\"").append(Svg.at(top + 4))
                .append("\" text-anchor=\"end\">").append(Svg.escape(Svg.euros(max))).append("</text>\n");
        svg.append("<text class=\"tick\" x=\"").append(Svg.at(DateAxis.LEFT - 6)).append("\" y=\"").append(Svg.at(bottom))
                .append("\" text-anchor=\"end\">0</text>\n");
        int i = 0;
        StringBuilder legend = new StringBuilder("<p class=\"legend\">");
        for (Map.Entry<String, TreeMap<LocalDate, JsonNode>> pool : pools.entrySet()) {
            String colour = PALETTE.get(i % PALETTE.size());
            StringBuilder path = new StringBuilder();
            StringBuilder points = new StringBuilder();
            for (Map.Entry<LocalDate, JsonNode> on : pool.getValue().entrySet()) {
                BigDecimal balance = new BigDecimal(on.getValue().path("balance").asText());
                double x = axis.x(on.getKey());
                double y = max.signum() == 0 ? bottom : bottom - HEIGHT * balance.doubleValue() / max.doubleValue();
                // A balance holds until the next date: a step, not a slope.
                path.append(path.length() == 0 ? "M" + Svg.at(x) + " " + Svg.at(y) : " H" + Svg.at(x) + " V" + Svg.at(y));
                points.append("<circle class=\"balance\" data-pool=\"").append(Svg.escape(pool.getKey())).append("\" data-date=\"")
                        .append(on.getKey()).append("\" data-balance=\"").append(balance.toPlainString()).append("\" cx=\"")
                        .append(Svg.at(x)).append("\" cy=\"").append(Svg.at(y)).append("\" r=\"3.5\" fill=\"").append(colour)
                        .append("\"><title>").append(Svg.escape(pool.getKey() + " on " + on.getKey() + ": " + Svg.euros(balance)))
                        .append("</title></circle>\n");
            }
            path.append(" H").append(Svg.at(axis.beyond()));
            svg.append("<path class=\"pool\" data-pool=\"").append(Svg.escape(pool.getKey())).append("\" d=\"").append(path)
                    .append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>\n").append(points);
            JsonNode end = pool.getValue().lastEntry().getValue();
            legend.append("<span class=\"swatch\" style=\"background:").append(colour).append("\"></span>")
                    .append(Svg.escape(pool.getKey() + " (in " + Svg.euros(new BigDecimal(end.path("inflows").asText("0")))
                            + ", paid out " + Svg.euros(new BigDecimal(end.path("released").asText("0"))) + ")")).append(' ');
            i++;
        }
        svg.append("</svg>\n");
        return svg + legend.append("</p>\n").toString();
    }
}
