package org.aidsim.report;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aidsim.scenario.DocumentReader;
import org.aidsim.scenario.FieldPath;
import org.aidsim.scenario.InputException;
import org.aidsim.scenario.Problem;

/**
 * An output format written as data, so a new rendering of {@code run} needs no Java: {@code formats/NAME.yaml} in the
 * rules folder, used as {@code run --format NAME}. Per scenario file it prints the {@code header}, then the
 * {@code row} template once for each element of the list at the JSON pointer {@code rows} of the file's JSON
 * document (what {@code run --format json} prints), each on its own line, then the {@code footer}; {@code between}
 * goes between two files. Header and footer read their placeholders from the document, a row from its element
 * (see {@link Template}). A wrong file is refused before anything runs, with file:line:column.
 */
public final class FormatFile implements Renderer {
    /** The folder of format files inside the rules folder. */
    public static final String FOLDER = "formats";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final List<String> FIELDS = List.of("description", "header", "rows", "row", "footer", "between");

    private final DocumentReader.Tree tree;
    private final Map<String, Template> templates;
    private final JsonPointer rows;
    private final String between;

    private FormatFile(DocumentReader.Tree tree, Map<String, Template> templates, JsonPointer rows, String between) {
        this.tree = tree;
        this.templates = templates;
        this.rows = rows;
        this.between = between;
    }

    /** Whether {@code name} can name a format file: lower-case letters, digits, - and _, starting with a letter or digit. */
    public static boolean isName(String name) {
        return NAME.matcher(name).matches();
    }

    /** The folder format files are read from: {@code formats/} of the rules folder. */
    public static Path folder(Path rulesFolder) {
        return rulesFolder.resolve(FOLDER);
    }

    public static boolean exists(Path rulesFolder, String name) {
        return Files.isRegularFile(folder(rulesFolder).resolve(name + ".yaml"));
    }

    /** The names of the format files in the rules folder, sorted; none when it has no formats/ folder. */
    public static List<String> names(Path rulesFolder) {
        Path folder = folder(rulesFolder);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
                    .map(f -> f.substring(0, f.length() - ".yaml".length())).filter(FormatFile::isName).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Reads and checks {@code formats/NAME.yaml} of the rules folder. Throws {@link InputException} with every problem
     * located: an unknown or missing field, a value that is not text, a row that is not one line, a placeholder that
     * is not a JSON pointer.
     */
    public static FormatFile read(Path rulesFolder, String name) {
        DocumentReader.Tree tree = DocumentReader.read(folder(rulesFolder).resolve(name + ".yaml"));
        JsonNode root = tree.root();
        List<Problem> problems = new ArrayList<>();
        if (!root.isObject()) {
            throw new InputException(tree.problem(FieldPath.ROOT, "expected a mapping with the fields " + String.join(", ", FIELDS)));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                problems.add(tree.keyProblem(FieldPath.ROOT.field(field), "unknown field; expected one of " + String.join(", ", FIELDS)));
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String field : FIELDS) {
            JsonNode value = root.get(field);
            if (value == null) {
                if (field.equals("rows") || field.equals("row")) {
                    problems.add(tree.problem(FieldPath.ROOT, "missing field " + field + ": " + (field.equals("rows")
                            ? "the JSON pointer of the list to print a row for, such as /packages"
                            : "the text of one row, such as \"| {/id} | {/outcome} |\"")));
                }
            } else if (!value.isTextual()) {
                problems.add(tree.problem(FieldPath.ROOT.field(field), "expected text, found " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
            } else {
                texts.put(field, value.asText());
            }
        }
        String row = texts.get("row");
        if (row != null && row.contains("\n")) {
            problems.add(tree.problem(FieldPath.ROOT.field("row"), "a row is one line (each row is printed on a line of its own); "
                    + "remove the line break (a YAML | block ends in one: write |- or quote the text)"));
        }
        String rows = texts.get("rows");
        if (rows != null && !rows.startsWith("/")) {
            problems.add(tree.problem(FieldPath.ROOT.field("rows"), "'" + rows + "' is not a JSON pointer; write one starting with /, such as /packages"));
        }
        Map<String, Template> templates = new LinkedHashMap<>();
        for (String field : List.of("header", "row", "footer")) {
            try {
                templates.put(field, Template.parse(texts.getOrDefault(field, "")));
            } catch (IllegalArgumentException e) {
                problems.add(tree.problem(FieldPath.ROOT.field(field), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new InputException(problems);
        }
        return new FormatFile(tree, templates, JsonPointer.compile(rows), texts.getOrDefault("between", ""));
    }

    /**
     * The header, rows and footer of each document of {@code report}; a placeholder without a value, or a
     * {@code rows} pointer that finds no list, throws {@link InputException} located at the field of the format file.
     */
    @Override
    public String render(Report report) {
        StringBuilder out = new StringBuilder();
        List<?> documents = report.documents();
        for (int d = 0; d < documents.size(); d++) {
            JsonNode document = Json.tree(documents.get(d));
            String file = document.path("file").asText("the report");
            if (d > 0) {
                out.append(between);
            }
            out.append(asLines(fill("header", document, file, "")));
            JsonNode list = document.at(rows);
            if (!list.isArray()) {
                throw new InputException(tree.problem(FieldPath.ROOT.field("rows"), rows + " is " + (list.isMissingNode()
                        ? "not a field" : "not a list") + " of the JSON document of " + file + "; its fields: " + fields(document)));
            }
            for (int i = 0; i < list.size(); i++) {
                out.append(fill("row", list.get(i), file, rows + "/" + i)).append('\n');
            }
            out.append(asLines(fill("footer", document, file, "")));
        }
        return out.toString();
    }

    /** A header or footer is whole lines: written as a one-line string without its newline, it still ends one. */
    private static String asLines(String text) {
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }

    private String fill(String field, JsonNode node, String file, String where) {
        return templates.get(field).fill(node, (p, fields) -> new InputException(tree.problem(FieldPath.ROOT.field(field),
                p.written() + " has no value in " + (where.isEmpty() ? "" : where + " of ") + "the JSON document of " + file
                        + " (fields there: " + (fields.isEmpty() ? "none" : String.join(", ", fields))
                        + "); write {" + p.pointer() + "?} to print nothing when it is absent")));
    }

    private static String fields(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return String.join(", ", out);
    }
}
