package org.aidsim.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A sweep's pass share per package (the sweep JSON's "packages": "share" and, when sampled, the Wilson 95%
 * "interval95"), as bars from 0 to 100% with the interval drawn as a whisker over each bar.
 */
final class SweepChart {
    private static final double LEFT = 250;
    private static final double WIDTH = 400;
    private static final double ROW = 30;

    private SweepChart() {
    }

    static String of(JsonNode sweep) {
        JsonNode packages = sweep.path("packages");
        double top = 6;
        double bottom = top + ROW * packages.size();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"sweep\" viewBox=\"0 0 820 ").append(Svg.at(bottom + 24)).append("\" width=\"820\" height=\"")
                .append(Svg.at(bottom + 24)).append("\" role=\"img\" aria-label=\"Pass share per package\">\n");
        for (int tick = 0; tick <= 100; tick += 25) {
            double x = LEFT + WIDTH * tick / 100;
            svg.append("<line x1=\"").append(Svg.at(x)).append("\" x2=\"").append(Svg.at(x)).append("\" y1=\"").append(Svg.at(top))
                    .append("\" y2=\"").append(Svg.at(bottom)).append("\" stroke=\"#ddd\"/>\n");
            svg.append("<text class=\"tick\" x=\"").append(Svg.at(x)).append("\" y=\"").append(Svg.at(bottom + 16))
                    .append("\" text-anchor=\"middle\">").append(tick).append("%</text>\n");
        }
        double y = top;
        for (JsonNode p : packages) {
            BigDecimal share = new BigDecimal(p.path("share").asText());
            svg.append(Svg.label(p.path("id").asText(), y + 18, 32));
            svg.append("<rect class=\"share\" data-package=\"").append(Svg.escape(p.path("id").asText())).append("\" data-share=\"")
                    .append(share.toPlainString()).append("\" x=\"").append(Svg.at(LEFT)).append("\" y=\"").append(Svg.at(y + 6))
                    .append("\" width=\"").append(Svg.at(WIDTH * share.doubleValue())).append("\" height=\"16\" fill=\"#1565c0\"/>\n");
            String shown = percent(share);
            JsonNode interval = p.path("interval95");
            if (interval.isArray() && interval.size() == 2) {
                BigDecimal lo = new BigDecimal(interval.get(0).asText());
                BigDecimal hi = new BigDecimal(interval.get(1).asText());
                double x1 = LEFT + WIDTH * lo.doubleValue();
                double x2 = LEFT + WIDTH * hi.doubleValue();
                svg.append("<g class=\"interval\" data-low=\"").append(lo.toPlainString()).append("\" data-high=\"").append(hi.toPlainString())
                        .append("\" stroke=\"#111\" stroke-width=\"1.5\">")
                        .append("<line x1=\"").append(Svg.at(x1)).append("\" x2=\"").append(Svg.at(x2)).append("\" y1=\"").append(Svg.at(y + 14))
                        .append("\" y2=\"").append(Svg.at(y + 14)).append("\"/>")
                        .append("<line x1=\"").append(Svg.at(x1)).append("\" x2=\"").append(Svg.at(x1)).append("\" y1=\"").append(Svg.at(y + 8))
                        .append("\" y2=\"").append(Svg.at(y + 20)).append("\"/>")
                        .append("<line x1=\"").append(Svg.at(x2)).append("\" x2=\"").append(Svg.at(x2)).append("\" y1=\"").append(Svg.at(y + 8))
                        .append("\" y2=\"").append(Svg.at(y + 20)).append("\"/></g>\n");
                shown += " (95%: " + percent(lo) + " to " + percent(hi) + ")";
            }
            svg.append("<text class=\"value\" x=\"").append(Svg.at(LEFT + WIDTH + 8)).append("\" y=\"").append(Svg.at(y + 18)).append("\">")
                    .append(Svg.escape(shown)).append("</text>\n");
            y += ROW;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** A share in [0, 1] as a percentage with one decimal, cut: "96%", "92.3%". */
    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + "%";
    }
}
