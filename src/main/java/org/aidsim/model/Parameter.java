package org.aidsim.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One number the rules compare against, kept as OpenFisca keeps its parameters: what it is, where the law says so,
 * and its values by the date from which each is in force.
 *
 * @param path        its place in rules/parameters.yaml, e.g. "qmv.population"
 * @param description what the number means, in a sentence
 * @param reference   the article that fixes it, e.g. "Art. 16(4) TEU"
 * @param link        where that article can be read, e.g. an EUR-Lex address
 * @param values      the value as written ("65/100", "15") by the first date it applies; never empty
 */
public record Parameter(String path, String description, String reference, String link,
                        NavigableMap<LocalDate, String> values) {
    public Parameter {
        Objects.requireNonNull(path, "path");
        values = Collections.unmodifiableNavigableMap(new TreeMap<>(values));
        if (values.isEmpty()) {
            throw new IllegalArgumentException("parameter " + path + " has no value");
        }
    }

    /** The value in force on {@code date}: the latest one from that date or before; empty before the first. */
    public Optional<String> on(LocalDate date) {
        return Optional.ofNullable(values.floorEntry(date)).map(java.util.Map.Entry::getValue);
    }

    /** The same parameter with one value on every date it has, as a what-if ({@code --set parameters.PATH=V}) sets it. */
    public Parameter withValue(String value) {
        return new Parameter(path, description, reference, link, new TreeMap<>(java.util.Map.of(values.firstKey(), value)));
    }
}
