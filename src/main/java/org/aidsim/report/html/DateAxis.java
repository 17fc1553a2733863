package org.aidsim.report.html;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The horizontal date scale the timeline charts share: from the first to the last date shown, each visited date
 * ticked and labelled (ISO dates, so no locale enters). A single date is padded a fortnight each side.
 */
final class DateAxis {
    static final double LEFT = 250;
    static final double WIDTH = 440;

    private final long first;
    private final long last;
    private final List<LocalDate> ticks;

    DateAxis(Collection<LocalDate> dates) {
        TreeSet<LocalDate> sorted = new TreeSet<>(dates);
        this.ticks = List.copyOf(sorted);
        long lo = sorted.isEmpty() ? 0 : sorted.first().toEpochDay();
        long hi = sorted.isEmpty() ? 0 : sorted.last().toEpochDay();
        if (hi == lo) {
            lo -= 14;
            hi += 14;
        }
        this.first = lo;
        this.last = hi;
    }

    /** The x coordinate of {@code date}. */
    double x(LocalDate date) {
        return LEFT + WIDTH * (date.toEpochDay() - first) / (last - first);
    }

    /** The x coordinate just right of the last date: where what has no date yet is drawn. */
    double beyond() {
        return LEFT + WIDTH + 24;
    }

    /** Tick lines from {@code top} to {@code bottom} and the dates under them, labels alternating rows so none overlap. */
    String draw(double top, double bottom) {
        StringBuilder svg = new StringBuilder();
        svg.append("<line class=\"axis\" x1=\"").append(Svg.at(LEFT)).append("\" x2=\"").append(Svg.at(LEFT + WIDTH))
                .append("\" y1=\"").append(Svg.at(bottom)).append("\" y2=\"").append(Svg.at(bottom)).append("\" stroke=\"#555\"/>\n");
        for (int i = 0; i < ticks.size(); i++) {
            double x = x(ticks.get(i));
            svg.append("<line class=\"tick\" x1=\"").append(Svg.at(x)).append("\" x2=\"").append(Svg.at(x)).append("\" y1=\"")
                    .append(Svg.at(top)).append("\" y2=\"").append(Svg.at(bottom + 4)).append("\" stroke=\"#ddd\"/>\n");
            svg.append("<text class=\"date\" x=\"").append(Svg.at(x)).append("\" y=\"").append(Svg.at(bottom + 16 + 12 * (i % 2)))
                    .append("\" text-anchor=\"middle\">").append(ticks.get(i)).append("</text>\n");
        }
        return svg.toString();
    }
}
