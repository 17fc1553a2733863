package org.aidsim.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The parameters in force on the decision date, the fact the decision rules compare against:
 * {@code $th.ratio("qmv.members")}, {@code $th.count("qmv.minimum-members")}. Values are parsed once here, since
 * sweeps re-evaluate the rules on every profile.
 */
public final class Thresholds {
    private final LocalDate date;
    private final Map<String, String> written;
    private final Map<String, Ratio> ratios = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    /** @param values the value of each parameter path as written: a fraction "55/100" or a whole number "15" */
    public Thresholds(LocalDate date, Map<String, String> values) {
        this.date = Objects.requireNonNull(date, "date");
        this.written = new TreeMap<>(values);
        values.forEach((path, text) -> Ratio.parse(text).ifPresentOrElse(r -> ratios.put(path, r),
                () -> counts.put(path, Integer.parseInt(text.trim()))));
    }

    public LocalDate date() {
        return date;
    }

    /** The fraction at {@code path}; a rule naming a path that holds none is a mistake in the rules folder. */
    public Ratio ratio(String path) {
        Ratio r = ratios.get(path);
        if (r == null) {
            throw new MissingParameter(missing(path, "fraction"));
        }
        return r;
    }

    /** The whole number at {@code path}. */
    public int count(String path) {
        Integer n = counts.get(path);
        if (n == null) {
            throw new MissingParameter(missing(path, "whole number"));
        }
        return n;
    }

    private String missing(String path, String kind) {
        return "a rule reads the " + kind + " parameter " + path + ", which parameters.yaml does not hold in force on " + date
                + " (in force then: " + String.join(", ", written.keySet()) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Thresholds t && t.date.equals(date) && t.written.equals(written);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, written);
    }

    @Override
    public String toString() {
        return "Thresholds" + written + " on " + date;
    }

    /** A rule asked for a parameter the rules folder does not hold on the date: a mistake in the rules folder. */
    public static final class MissingParameter extends IllegalArgumentException {
        public MissingParameter(String message) {
            super(message);
        }
    }
}
