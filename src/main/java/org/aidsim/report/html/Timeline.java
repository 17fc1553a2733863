package org.aidsim.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The run JSON's "timeline" ([{"date", "packages", "tranches", "pools", "coalitions"}], the state on each visited
 * date) turned into rows: for each tranche, pool or coalition, its entry on each date it appears. Rows keep the
 * order of first appearance, which is the run's own order.
 */
final class Timeline {
    private final List<LocalDate> dates = new ArrayList<>();
    private final List<JsonNode> steps = new ArrayList<>();

    Timeline(JsonNode run) {
        for (JsonNode step : run.path("timeline")) {
            dates.add(LocalDate.parse(step.path("date").asText()));
            steps.add(step);
        }
    }

    List<LocalDate> dates() {
        return dates;
    }

    /** Per key (as {@code key} names an element of the step's {@code field} array), its element on each date. */
    Map<String, TreeMap<LocalDate, JsonNode>> rows(String field, Function<JsonNode, String> key) {
        Map<String, TreeMap<LocalDate, JsonNode>> rows = new LinkedHashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            for (JsonNode element : steps.get(i).path(field)) {
                rows.computeIfAbsent(key.apply(element), k -> new TreeMap<>()).put(dates.get(i), element);
            }
        }
        return rows;
    }

    /** The date after {@code date} among the visited dates, or null for the last. */
    LocalDate next(LocalDate date) {
        int i = dates.indexOf(date);
        return i + 1 < dates.size() ? dates.get(i + 1) : null;
    }
}
