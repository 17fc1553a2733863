package org.aidsim.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON files strictly: malformed text, unknown fields and wrong types become {@link Problem}s with
 * the file, line and column. Reading goes text -> tree -> typed document, so overlays can change the tree first.
 */
public final class DocumentReader {
    private static final ObjectMapper YAML = strict(new ObjectMapper(new YAMLFactory()));
    private static final ObjectMapper JSON = strict(new ObjectMapper(new JsonFactory()));

    private DocumentReader() {
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        return mapper
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** A file's tree together with the index that turns a field path back into a line and column. */
    public record Tree(String file, JsonNode root, LocationIndex index) {
        public Problem problem(FieldPath path, String message) {
            return index.problem(file, path, message);
        }

        public Problem keyProblem(FieldPath path, String message) {
            return index.keyProblem(file, path, message);
        }

        public <T> T bind(Class<T> type) {
            try {
                return mapperFor(file).treeToValue(root, type);
            } catch (JsonProcessingException e) {
                FieldPath path = pathOf(e);
                throw new InputException(e instanceof UnrecognizedPropertyException
                        ? index.keyProblem(file, path, describe(e)) : index.problem(file, path, describe(e)));
            }
        }

        public Tree withRoot(JsonNode changed) {
            return new Tree(file, changed, index);
        }
    }

    public static Tree read(Path file) {
        String text = readText(file);
        String name = file.toString();
        if (text.isBlank()) {
            throw new InputException(Problem.ofFile(file, "the file is empty; expected a document"));
        }
        ObjectMapper mapper = mapperFor(name);
        try {
            JsonNode root = mapper.readTree(text);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new InputException(Problem.ofFile(file, "the file holds no document"));
            }
            return new Tree(name, root, LocationIndex.of(mapper.getFactory(), text));
        } catch (JsonProcessingException e) {
            throw new InputException(malformed(name, e));
        }
    }

    private static Problem malformed(String file, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            String context = yaml.getContext() == null || yaml.getContextMark() == null ? ""
                    : " (" + yaml.getContext() + " that starts at line " + (yaml.getContextMark().getLine() + 1) + ")";
            return new Problem(file, yaml.getProblemMark().getLine() + 1, yaml.getProblemMark().getColumn() + 1, "",
                    "malformed YAML: " + yaml.getProblem() + context);
        }
        JsonLocation at = e.getLocation();
        String kind = isJson(file) ? "malformed JSON: " : "malformed YAML: ";
        return new Problem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                kind + firstLine(e.getOriginalMessage()));
    }

    public static ObjectMapper mapperFor(String file) {
        return isJson(file) ? JSON : YAML;
    }

    private static boolean isJson(String file) {
        return file.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static String readText(Path file) {
        String lower = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"))) {
            throw new InputException(Problem.ofFile(file, "not a scenario file; expected a name ending in .yaml, .yml or .json"));
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(Problem.ofFile(file, "no such file"));
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(file, "cannot be read: " + e.getMessage()));
        }
    }

    private static FieldPath pathOf(JsonProcessingException e) {
        FieldPath path = FieldPath.ROOT;
        if (e instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                path = ref.getFieldName() != null ? path.field(ref.getFieldName()) : path.index(ref.getIndex());
            }
        }
        return path;
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return "unknown field '" + unknown.getPropertyName() + "'; expected one of: " + known;
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + typeName(mismatch.getTargetType()) + " here" + found(mismatch.getOriginalMessage());
        }
        if (e instanceof JsonParseException) {
            return "malformed input: " + firstLine(e.getOriginalMessage());
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String found(String message) {
        if (message == null) {
            return "";
        }
        if (message.contains("from Object value")) {
            return ", found a mapping (put text that contains ': ' in quotes)";
        }
        if (message.contains("from Array value")) {
            return ", found a list";
        }
        return message.contains("from String value") ? ", found text" : "";
    }

    private static String typeName(Class<?> type) {
        if (type == String.class) {
            return "a text value";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping of fields";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "a " + type.getSimpleName();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int cut = message.indexOf('\n');
        return (cut < 0 ? message : message.substring(0, cut)).trim();
    }
}
