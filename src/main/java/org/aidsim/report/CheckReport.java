package org.aidsim.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidsim.scenario.InputFiles;
import org.aidsim.scenario.Problem;

/**
 * What {@code check} found: that the rules folder compiles, with its rule count, and each scenario file's problems.
 * Text: two lines, the compile line and "N of M scenario files valid". JSON: one document {"rules", "ruleCount",
 * "files": [{"file", "valid", "problems"}...], "counts": {"valid", "invalid"}}; JSON Lines: one line per file.
 * Field order is fixed here, so output is byte-identical run to run.
 *
 * @param rules     how the rules folder is named (its path, or "rules packaged in aidsim VERSION")
 * @param ruleCount the number of rules that compiled
 * @param files     each checked file with the problems found in it (empty when valid), in the order read
 */
public record CheckReport(String rules, int ruleCount, List<Checked> files) implements Report {
    /** One checked scenario file and its problems, each with file, line, column and field path. */
    public record Checked(Path file, List<Problem> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }
    }

    public CheckReport {
        files = List.copyOf(files);
    }

    @Override
    public String text() {
        long valid = valid();
        return rules + ": " + ruleCount
                + " rules compile (actions as MVEL for run, check, test and diff; as Java for sweep, pivots and bench)\n"
                + valid + " of " + files.size() + " scenario files valid\n";
    }

    @Override
    public List<?> documents() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("rules", rules);
        doc.put("ruleCount", ruleCount);
        doc.put("files", lines());
        long valid = valid();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("valid", valid);
        counts.put("invalid", files.size() - valid);
        doc.put("counts", counts);
        return List.of(doc);
    }

    /** One {"file", "valid", "problems"} object per file. */
    @Override
    public List<?> lines() {
        return files.stream().map(CheckReport::checked).toList();
    }

    private long valid() {
        return files.stream().filter(f -> f.problems().isEmpty()).count();
    }

    private static Map<String, Object> checked(Checked c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", shown(c.file()));
        out.put("valid", c.problems().isEmpty());
        out.put("problems", problems(c.problems()));
        return out;
    }

    /** Problems as JSON: [{"file", "line", "column", "field", "message"}...], for check, test and batch alike. */
    public static List<Map<String, Object>> problems(List<Problem> problems) {
        return problems.stream().map(p -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", p.file());
            out.put("line", p.line());
            out.put("column", p.column());
            out.put("field", p.field());
            out.put("message", p.message());
            return out;
        }).toList();
    }

    /** A file as reports name it: its path, or the name standard input goes by. */
    public static String shown(Path file) {
        return InputFiles.isStandardInput(file) ? InputFiles.STANDARD_INPUT_NAME : file.toString();
    }
}
