package org.aidsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import org.aidsim.model.Institutions;
import org.aidsim.model.Ratio;

/**
 * A scenario's what-if values for rules/parameters.yaml ({@code parameters: {qmv.population: 70/100}}, or
 * {@code --set parameters.qmv.population=70/100}): each path must name a parameter of the rules folder, and each
 * value must be of that parameter's kind, a fraction where it holds a fraction and a whole number where it holds one.
 */
final class ParameterChanges {
    private ParameterChanges() {
    }

    /** The checked changes by path; a problem for each path or value that does not fit. */
    static Map<String, String> read(Map<String, JsonNode> written, Institutions institutions, Problems problems) {
        Map<String, String> changes = new TreeMap<>();
        if (written == null) {
            return changes;
        }
        FieldPath at = FieldPath.ROOT.field("parameters");
        written.forEach((path, node) -> {
            FieldPath here = at.field(path);
            var parameter = institutions.parameters().byPath().get(path);
            if (parameter == null) {
                boolean branch = institutions.parameters().paths().stream().anyMatch(p -> p.startsWith(path + "."));
                problems.addAtKey(here, "unknown parameter '" + path + "'; " + (branch && node != null && node.isObject()
                        ? "write each value on its own dotted path, such as " + path + "."
                                + institutions.parameters().paths().stream().filter(p -> p.startsWith(path + ".")).findFirst().orElseThrow()
                                .substring(path.length() + 1) + ": ...; " : "")
                        + institutions.cite("parameters.yaml") + " has: " + String.join(", ", institutions.parameters().paths()));
                return;
            }
            if (node == null || node.isNull() || node.isContainerNode() || node.asText().isBlank()) {
                problems.add(here, (node == null || node.isNull() || (!node.isContainerNode() && node.asText().isBlank())
                        ? "no value given" : "a list or mapping where one value belongs")
                        + "; " + path + " takes one value such as " + parameter.values().firstEntry().getValue());
                return;
            }
            boolean fraction = Ratio.parse(parameter.values().firstEntry().getValue()).isPresent();
            // 0 and 1 are whole numbers, but at a fraction's path they can only mean none and all
            String value = fraction ? node.asText().trim().replaceFirst("^([01])$", "$1/1") : node.asText().trim();
            String problem = ParameterTree.problemWith(value);
            if (problem == null && fraction != Ratio.parse(value).isPresent()) {
                problem = "'" + value + "' does not fit " + path + ", which is " + (fraction
                        ? "a fraction such as " : "a whole number such as ") + parameter.values().firstEntry().getValue();
            }
            if (problem != null) {
                problems.add(here, problem);
            } else {
                changes.put(path, value);
            }
        });
        return changes;
    }
}
