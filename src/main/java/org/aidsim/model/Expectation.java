package org.aidsim.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scenario says one result (a package, a coalition or a pool) must come to: a part of what
 * {@code run --format json} prints for it, in the same field names. Only the fields stated are checked.
 *
 * @param fields field name to expected value, in the order written: Boolean, String (money as the exact decimal the
 *               output prints, e.g. "10500000"), BigDecimal, List and Map values; a Map stands for an object, or
 *               for a list of objects keyed by their {@code id} (tranches: {windfall-2024: {status: RELEASED}})
 * @param notes  one line per old field spelling read here ({@code file:line:col: expect.p.fired: ...}), said by
 *               {@code run} and {@code test}
 */
public record Expectation(Map<String, Object> fields, List<String> notes) {
    /** The field the output lists fired rules under; an expected entry names a rule by id or by name. */
    public static final String RULES = "rules";

    public Expectation {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        notes = List.copyOf(notes);
    }

    /** The rule names or ids this result must have fired; empty when none are stated. */
    public List<String> rules() {
        return fields.get(RULES) instanceof List<?> rules
                ? rules.stream().map(String::valueOf).toList() : List.of();
    }
}
