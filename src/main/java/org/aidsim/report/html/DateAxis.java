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

    /** Height of one row in the row charts (tranches, coalitions). */
    static final double ROW = 26;
    private static final double ROWS_TOP = 8;

    /**
     * The opening svg tag and this axis for a chart of {@code rows} rows (its class {@code cssClass}, read aloud as
     * {@code label}); rows start at {@link #rowY(int)}.
     */
    String rowsFrame(String cssClass, String label, int rows) {
        double bottom = ROWS_TOP + ROW * rows + 4;
        return "<svg class=\"" + cssClass + "\" viewBox=\"0 0 820 " + Svg.at(bottom + 34) + "\" width=\"820\" height=\""
                + Svg.at(bottom + 34) + "\" role=\"img\" aria-label=\"" + Svg.escape(label) + "\">\n" + draw(ROWS_TOP, bottom);
    }

    /** The top of row {@code index} (from 0) in a {@link #rowsFrame}. */
    static double rowY(int index) {
        return ROWS_TOP + ROW * index;
    }

    /**
     * The x, y, width and height attributes of a row's bar from {@code date} to {@code next}, the next date visited
     * (null after the last: the bar runs on past the axis, the state holding).
     */
    String span(LocalDate date, LocalDate next, double y) {
        double x1 = x(date);
        double x2 = next == null ? beyond() : x(next);
        return "x=\"" + Svg.at(x1) + "\" y=\"" + Svg.at(y + 6) + "\" width=\"" + Svg.at(Math.max(x2 - x1, 2)) + "\" height=\"12\"";
    }
}
