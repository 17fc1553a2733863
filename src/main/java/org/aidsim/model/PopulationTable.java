package org.aidsim.model;

import java.util.Map;
import java.util.TreeMap;

/** One year's population weights for a roster, with where they come from. */
public record PopulationTable(int year, String unit, String source, Map<CountryCode, Long> figures) {
    public PopulationTable {
        figures = new TreeMap<>(figures);
    }

    public long of(CountryCode member) {
        return figures.getOrDefault(member, 0L);
    }

    /** "2025 (hundredths-of-percent)": how the report names the figures it used. */
    public String label() {
        return year + " (" + unit + ")";
    }
}
