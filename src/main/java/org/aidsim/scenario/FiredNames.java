package org.aidsim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.aidsim.model.Expectation;
import org.aidsim.model.Scenario;

/**
 * Checks that every rule an {@code expect} block lists under {@code rules} (or the old {@code fired}) exists in the rules folder, by id or by name. A misspelt
 * name could never fire, so without this check it would fail like a real regression ("expected ... fired, got not
 * fired"); it is a mistake in the scenario instead, reported at the entry with the nearest rule names.
 */
final class FiredNames {
    private static final int OFFERED = 3;

    private FiredNames() {
    }

    /**
     * One problem per unknown name, located at its entry ({@code expect.ID.rules[i]}, or {@code fired[i]} where the
     * old spelling is written); empty when all are known.
     */
    static List<Problem> check(DocumentReader.Tree tree, Scenario scenario, List<String> ruleNames) {
        List<Problem> out = new ArrayList<>();
        FieldPath expect = FieldPath.ROOT.field("expect");
        scenario.expectations().forEach((id, e) -> check(tree, expect.field(id), e.rules(), ruleNames, out));
        scenario.coalitionExpectations().forEach((id, e) ->
                check(tree, expect.field("coalitions").field(id), e.rules(), ruleNames, out));
        return out;
    }

    private static void check(DocumentReader.Tree tree, FieldPath at, List<String> fired, List<String> ruleNames,
                              List<Problem> out) {
        String key = tree.root().at(at.pointer()).has("fired") ? "fired" : Expectation.RULES;
        for (int i = 0; i < fired.size(); i++) {
            String name = fired.get(i);
            if (!ruleNames.contains(name)) {
                out.add(tree.problem(at.field(key).index(i), "no rule has the id or name \"" + name
                        + "\" in the rules folder; the nearest rule ids and names: " + nearest(name, ruleNames)));
            }
        }
    }

    /** The few rule names closest to {@code name} by edit distance (ignoring case), closest first. */
    static String nearest(String name, List<String> ruleNames) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return String.join(", ", ruleNames.stream()
                .sorted(Comparator.comparingInt((String r) -> distance(wanted, r.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(OFFERED).map(r -> "\"" + r + "\"").toList());
    }

    /** Levenshtein distance: the fewest single-character insertions, deletions and substitutions from a to b. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
