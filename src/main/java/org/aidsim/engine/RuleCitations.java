package org.aidsim.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aidsim.model.RuleRef;

/**
 * Whether every rule of a folder can cite and be named: {@code aidsim check} warns about a rule without
 * {@code @id} or {@code @source} (it still runs, but reports print no id or source for it) and refuses two rules
 * with one id (an expectation naming that id would be ambiguous). Each finding is located at the rule's name line,
 * {@code rules/consensus/qmv.drl:10: ...}.
 *
 * @param warnings missing ids and sources, in file and line order
 * @param errors   duplicate ids, in file and line order
 */
public record RuleCitations(List<String> warnings, List<String> errors) {
    private static final Pattern RULE_LINE = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");

    public RuleCitations {
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    /** Checks the rules compiled from {@code folder}; a rule whose name line is not found is located at its file. */
    public static RuleCitations of(Path folder, RuleSet rules) {
        Map<String, Place> places = places(folder);
        List<RuleRef> byPlace = rules.ruleBook().all().stream()
                .sorted(Comparator.comparing((RuleRef r) -> place(places, r))).toList();
        List<String> warnings = new ArrayList<>();
        Map<String, RuleRef> firstWithId = new HashMap<>();
        List<String> errors = new ArrayList<>();
        for (RuleRef r : byPlace) {
            String at = place(places, r).toString();
            if (r.id() == null) {
                warnings.add(at + ": rule \"" + r.name() + "\" has no @id(\"...\"); give it a short stable id that "
                        + "expectations and reports can name, such as @id(\"qmv-blocking-minority\")");
            } else {
                RuleRef first = firstWithId.putIfAbsent(r.id(), r);
                if (first != null) {
                    errors.add(at + ": rule \"" + r.name() + "\" has the id \"" + r.id() + "\", which rule \""
                            + first.name() + "\" (" + place(places, first) + ") already has; each rule needs its own id");
                }
            }
            if (r.source() == null) {
                warnings.add(at + ": rule \"" + r.name() + "\" has no @source(\"...\"); cite the article and its link, "
                        + "or say \"aidsim modelling choice: ...\"");
            }
        }
        return new RuleCitations(warnings, errors);
    }

    /** Where a rule's name line is: file as shown to users and 1-based line (0 when not found). */
    private record Place(String file, int line) implements Comparable<Place> {
        @Override
        public int compareTo(Place o) {
            int byFile = file.compareTo(o.file);
            return byFile != 0 ? byFile : Integer.compare(line, o.line);
        }

        @Override
        public String toString() {
            return line > 0 ? file + ":" + line : file;
        }
    }

    private static Place place(Map<String, Place> places, RuleRef rule) {
        Place p = places.get(rule.name());
        return p != null ? p : new Place("rules", 0);
    }

    private static Map<String, Place> places(Path folder) {
        Map<String, Place> out = new LinkedHashMap<>();
        for (Path file : RuleFolder.drlFiles(folder)) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = RULE_LINE.matcher(lines.get(i));
                if (m.find()) {
                    out.putIfAbsent(m.group(1).replace("\\\"", "\""), new Place(file.toString(), i + 1));
                }
            }
        }
        return out;
    }
}
