package org.aidsim.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML or JSON files strictly: malformed text, unknown fields and wrong types become {@link Problem}s with
 * the file, line and column. Reading goes text -> tree -> typed document, so overlays can change the tree first.
 */
public final class DocumentReader {
    /**
     * The deepest nesting of lists and mappings read: 100 levels. A scenario needs fewer than ten; the limit only
     * keeps a runaway file from exhausting the parser.
     */
    public static final int MAX_NESTING = 100;
    /**
     * The longest line of YAML read: 100,000 characters. SnakeYAML takes time that grows faster than the length of
     * a single-line scalar (seconds for a million characters), so one huge line could stall a run; long text can
     * always be folded over several lines with {@code >}.
     */
    public static final int MAX_YAML_LINE = 100_000;
    /**
     * Why an anchor or alias is refused: Jackson gives an alias as the alias's name rather than the anchored value,
     * so {@code cfsp: *no} with {@code &no false} would read as true.
     */
    static final String NO_ANCHORS = "YAML anchors and aliases (&name, *name) are not read: write the value out";
    /** Why a boolean field refuses 1, "true", yes or TRUE: only the bare words are booleans, nothing is coerced. */
    static final String ONLY_TRUE_FALSE = "only the bare words true and false are read as true or false: write true or false";
    private static final Pattern SNAKEYAML_EVENT = Pattern.compile("<?org\\.yaml\\.snakeyaml\\.events\\.(\\w+?)Event\\b.*");
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'");
    /** Jackson's advice to enable a parser feature, in any of its wordings. */
    private static final Pattern FEATURE_TAIL = Pattern.compile(
            ":?\\s*enable `[^`]*` to allow|\\s*\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)"
            + "|\\s*\\(?\\b(?:JsonReadFeature|JsonParser\\.Feature|Feature)\\b[^)]*\\)?");
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build();
    private static final ObjectMapper YAML = strict(new ObjectMapper(YAMLFactory.builder()
            // The builder starts without the plain factory's default that an empty value (`rule:`) is null, i.e.
            // left out; without it the value would read as an empty string.
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            // YAML 1.1's yes/no/on/off/y/n stay text, so a text field keeps "yes" and a boolean field refuses it.
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .loaderOptions(loaderOptions()).streamReadConstraints(LIMITS).build()));
    private static final ObjectMapper JSON = strict(new ObjectMapper(JsonFactory.builder().streamReadConstraints(LIMITS).build()));

    private DocumentReader() {
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        // A boolean field takes only true and false: 1, 2, 0.0 and "true" are refused, not coerced.
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** SnakeYAML's own size limit (3 MiB by default) is lifted to ours, which is checked before parsing. */
    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) InputFiles.MAX_BYTES);
        return options;
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

    /**
     * Reads one document from {@code file}: a regular UTF-8 file of at most {@link InputFiles#MAX_BYTES}, nested at
     * most {@link #MAX_NESTING} deep, holding exactly one document whose numbers follow {@link NumberForms}.
     * Throws {@link InputException} with located problems otherwise.
     */
    public static Tree read(Path file) {
        boolean piped = InputFiles.isStandardInput(file);
        String text = piped ? InputFiles.readStandardInput() : readText(file);
        String name = piped ? InputFiles.STANDARD_INPUT_NAME : file.toString();
        // Standard input has no name to go by: a document opening with { is JSON (YAML's flow style is rarely
        // written so), anything else YAML, which is what the JSON reader's located errors are for.
        boolean json = piped ? text.stripLeading().startsWith("{") : isJson(name);
        return read(name, text, json);
    }

    /**
     * Reads one document held in memory, as {@link #read(Path)} reads a file: {@code name} is what its problems name
     * it, and {@code json} says whether it is JSON (else YAML). Throws {@link InputException} with located problems.
     */
    public static Tree read(String name, String text, boolean json) {
        if (text.isBlank()) {
            throw new InputException(Problem.ofFile(Path.of(name), "the file is empty; expected a document"));
        }
        if (!json) {
            checkLineLengths(name, text);
        }
        ObjectMapper mapper = json ? JSON : YAML;
        LocationIndex.Recorder locations = new LocationIndex.Recorder();
        // One pass over the text reads the tree, checks its tokens and records where each field starts.
        try (CheckingParser parser = new CheckingParser(mapper.createParser(text), name,
                json ? Set.of() : anchoredScalars(text), locations)) {
            JsonNode root;
            int second;
            try {
                root = mapper.readTree(parser);
                second = parser.restOfText();
            } catch (StreamConstraintsException e) {
                throw new InputException(pastLimit(name, e, parser.currentLocation()));
            } catch (JsonProcessingException e) {
                // A value the tree cannot hold (YAML's .inf) stops the tree, not the checks: the problems in the
                // whole text come first, as they name what to write instead.
                parser.checkRest();
                parser.throwProblems();
                throw e;
            }
            parser.throwProblems();
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new InputException(Problem.ofFile(Path.of(name), "the file holds no document"));
            }
            if (second >= 0) {
                throw new InputException(secondDocument(name, text, json, second));
            }
            return new Tree(name, root, locations.index());
        } catch (StreamConstraintsException e) {
            throw new InputException(pastLimit(name, e, e.getLocation()));
        } catch (JsonProcessingException e) {
            throw new InputException(malformed(name, e, text, json));
        } catch (IOException e) {
            throw new InputException(InputFiles.problem(Path.of(name), e));
        }
    }

    private static void checkLineLengths(String file, String text) {
        int line = 1;
        for (int start = 0; start < text.length(); line++) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end - start > MAX_YAML_LINE) {
                throw new InputException(new Problem(file, line, 0, "", String.format(Locale.ROOT, "the line has %,d "
                        + "characters, more than the limit of %,d for one line of YAML; the file is not malformed, only "
                        + "past this limit (fold long text over several lines with >)", end - start, MAX_YAML_LINE)));
            }
            start = end + 1;
        }
    }

    /**
     * The parser a document's tree is read through. Every token it hands on is checked, and all problems are refused
     * at once ({@link #throwProblems()}) before anything else is said of the file: numbers not written as
     * {@link NumberForms} requires, YAML anchors and aliases ({@link #NO_ANCHORS}), booleans written other than true
     * or false (YAML's True, FALSE). Every token's place is also handed to a {@link LocationIndex.Recorder}. Tokens
     * reach it only through {@link #nextToken()}: the delegate's other ways of moving on are routed through it.
     */
    private static final class CheckingParser extends JsonParserDelegate {
        private final String file;
        private final Set<String> anchored;
        private final LocationIndex.Recorder locations;
        private final List<Problem> problems = new ArrayList<>();

        CheckingParser(JsonParser parser, String file, Set<String> anchored, LocationIndex.Recorder locations) {
            super(parser);
            this.file = file;
            this.anchored = anchored;
            this.locations = locations;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = delegate.nextToken();
            if (token != null) {
                check(token);
                locations.record(delegate, token);
            }
            return token;
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken token = nextToken();
            return token == JsonToken.FIELD_NAME ? nextToken() : token;
        }

        @Override
        public JsonParser skipChildren() throws IOException {
            if (currentToken() == null || !currentToken().isStructStart()) {
                return this;
            }
            for (int open = 1; open > 0; ) {
                JsonToken token = nextToken();
                if (token == null) {
                    break;
                }
                open += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
            }
            return this;
        }

        private void check(JsonToken token) throws IOException {
            String message = null;
            JsonLocation at = delegate.currentTokenLocation();
            if (delegate instanceof YAMLParser yaml && (yaml.isCurrentAlias() || anchored.contains(at.getLineNr() + ":" + at.getColumnNr())
                    || token.isStructStart() && yaml.getCurrentAnchor() != null)) {
                message = NO_ANCHORS;
            } else if (token.isNumeric() && NumberForms.read(delegate.getText()).error() != null) {
                message = NumberForms.problem(delegate.getText());
            } else if (token.isBoolean() && !delegate.getText().equals(token == JsonToken.VALUE_TRUE ? "true" : "false")) {
                message = "'" + delegate.getText() + "' is not read as true or false; " + ONLY_TRUE_FALSE
                        + " (put text in quotes)";
            }
            if (message != null) {
                problems.add(new Problem(file, at.getLineNr(), at.getColumnNr(),
                        pathOf(delegate.getParsingContext()).toString(), message));
            }
        }

        /**
         * Reads what follows the tree, checking its tokens as the tree's were: the line where a second document (or
         * JSON value) starts, or -1 when the text ends with the first. Malformed text there is reported as a second
         * document where it starts.
         */
        int restOfText() throws IOException {
            try {
                if (nextToken() == null) {
                    return -1;
                }
            } catch (StreamConstraintsException e) {
                throw e;
            } catch (JsonProcessingException e) {
                return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            }
            int second = delegate.currentTokenLocation().getLineNr();
            checkRest();
            return second;
        }

        /**
         * Checks the tokens left, up to the end of the text or to malformed text, as a separate pass over the whole
         * text used to: after the tree stopped at a fault, or after a second document started. Throws
         * {@link InputException} when the text goes past a limit.
         */
        void checkRest() {
            try {
                while (nextToken() != null) {
                    // Checked as it goes.
                }
            } catch (StreamConstraintsException e) {
                throw new InputException(pastLimit(file, e, currentLocation()));
            } catch (IOException | RuntimeException e) {
                // Malformed text: the checks stop there, as the tree did (SnakeYAML, asked to go on past a syntax
                // error, fails with an index error).
            }
        }

        void throwProblems() {
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
        }
    }

    /**
     * Where scalars with an anchor ({@code &name x}) start, as line:column: Jackson's parser reports an anchor only on
     * a mapping or list, so the scalars' are found from SnakeYAML's events. Malformed text gives what was found
     * before it; reading the tree then reports the fault.
     */
    private static Set<String> anchoredScalars(String text) {
        Set<String> places = new HashSet<>();
        if (text.indexOf('&') < 0) {
            // No anchor can be written without one: SnakeYAML's pass over the text is skipped.
            return places;
        }
        try {
            for (Event event : new Yaml(loaderOptions()).parse(new StringReader(text))) {
                if (event instanceof ScalarEvent scalar && scalar.getAnchor() != null) {
                    places.add((scalar.getStartMark().getLine() + 1) + ":" + (scalar.getStartMark().getColumn() + 1));
                }
            }
        } catch (YAMLException e) {
            // Malformed: reported with its place when the tree is read.
        }
        return places;
    }

    /** A file holds one scenario: a second YAML document (after "---") or JSON value, found at {@code line}, is refused where it starts. */
    private static Problem secondDocument(String file, String text, boolean json, int line) {
        if (json) {
            return new Problem(file, line, 0, "", "a second JSON value starts here; a file holds one "
                    + "scenario, so put each scenario in a file of its own");
        }
        List<String> lines = text.lines().toList();
        int marker = line;
        for (int i = Math.min(line, lines.size()); i >= 1; i--) {
            if (lines.get(i - 1).startsWith("---")) {
                marker = i;
                break;
            }
        }
        return new Problem(file, marker, 0, "", "a second YAML document starts here ('---'); a file "
                + "holds one scenario, so put each scenario in a file of its own");
    }

    /** The field a parser stands at, as a user reads it: {@code packages[0].amount}. */
    private static FieldPath pathOf(JsonStreamContext context) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = context; c != null; c = c.getParent()) {
            chain.add(0, c);
        }
        FieldPath path = FieldPath.ROOT;
        for (JsonStreamContext c : chain) {
            if (c.inObject() && c.getCurrentName() != null) {
                path = path.field(c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                path = path.index(c.getCurrentIndex());
            }
        }
        return path;
    }

    private static Problem pastLimit(String file, StreamConstraintsException e, JsonLocation at) {
        String message = firstLine(e.getOriginalMessage());
        String limit = message.startsWith("Document nesting depth")
                ? "lists and mappings nest deeper than " + MAX_NESTING + " levels, the most aidsim reads (a scenario "
                        + "needs fewer than ten)"
                : message.replaceAll(", from `[^`]*`", "").replaceAll("`", "'");
        return new Problem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                limit + "; the file is not malformed, only past this limit");
    }

    private static Problem malformed(String file, JsonProcessingException e, String text, boolean json) {
        if (e.getCause() instanceof ReaderException bad) {
            return notText(file, text, bad);
        }
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            String context = yaml.getContext() == null || yaml.getContextMark() == null ? ""
                    : " (" + yaml.getContext() + " that starts at line " + (yaml.getContextMark().getLine() + 1) + ")";
            return new Problem(file, yaml.getProblemMark().getLine() + 1, yaml.getProblemMark().getColumn() + 1, "",
                    "malformed YAML: " + yaml.getProblem() + context);
        }
        JsonLocation at = e.getLocation();
        String kind = json ? "malformed JSON: " : "malformed YAML: ";
        return new Problem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                kind + inPlainWords(withoutEventNames(firstLine(e.getOriginalMessage()))));
    }

    /**
     * Jackson's JSON messages name the parser feature that would accept the input ("enable
     * `JsonReadFeature.ALLOW_COMMENTS`"); aidsim enables none, so a user reads what to write instead.
     */
    static String inPlainWords(String message) {
        Matcher token = NON_STANDARD.matcher(message);
        if (token.find()) {
            return "'" + token.group(1) + "' is not a number aidsim reads: write a plain decimal such as 1500000 or 0.5";
        }
        if (message.contains("ALLOW_LEADING_PLUS_SIGN")) {
            return "a number starts with +, which is not written: write the number without the plus sign";
        }
        if (message.contains("ALLOW_COMMENTS")) {
            return "a comment (// or /*): JSON has no comments; remove it, or use YAML for comments (# ...)";
        }
        return FEATURE_TAIL.matcher(message).replaceAll("").trim();
    }

    /**
     * Jackson names SnakeYAML's parser events in some messages ("got this instead: &lt;...MappingStartEvent(...)&gt;");
     * a user reads what was found instead.
     */
    private static String withoutEventNames(String message) {
        Matcher event = SNAKEYAML_EVENT.matcher(message);
        if (!event.find()) {
            return message;
        }
        String found = switch (event.group(1)) {
            case "MappingStart" -> "a mapping";
            case "SequenceStart" -> "a list";
            case "Alias" -> "an alias (*name)";
            case "Scalar" -> "a value";
            default -> "something else";
        };
        return message.substring(0, event.start()).replace("Expected a field name (Scalar value in YAML), got this instead:",
                "expected a key here, found").trim() + " " + found;
    }

    /** A control character such as NUL: the file is binary, or text in an encoding YAML does not allow there. */
    private static Problem notText(String file, String text, ReaderException bad) {
        int offset = text.offsetByCodePoints(0, Math.min(bad.getPosition(), text.codePointCount(0, text.length())));
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int line = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
        return new Problem(file, line, offset - lineStart + 1, "", String.format(Locale.ROOT,
                "not text: the control character U+%04X cannot appear in a YAML file; a scenario file is UTF-8 text",
                bad.getCodePoint()));
    }

    public static ObjectMapper mapperFor(String file) {
        return isJson(file) ? JSON : YAML;
    }

    private static boolean isJson(String file) {
        return file.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static String readText(Path file) {
        String lower = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean named = lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
        if (!named && Files.isRegularFile(file)) {
            throw new InputException(Problem.ofFile(file, "not a scenario file; expected a name ending in .yaml, .yml or .json"));
        }
        return InputFiles.readText(file);
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
        if (e instanceof MismatchedInputException mismatch
                && (mismatch.getTargetType() == Boolean.class || mismatch.getTargetType() == boolean.class)) {
            return "expected true or false here" + found(mismatch.getOriginalMessage()) + "; " + ONLY_TRUE_FALSE;
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + typeName(mismatch.getTargetType()) + " here" + found(mismatch.getOriginalMessage());
        }
        if (e instanceof JsonParseException) {
            return "malformed input: " + inPlainWords(firstLine(e.getOriginalMessage()));
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
