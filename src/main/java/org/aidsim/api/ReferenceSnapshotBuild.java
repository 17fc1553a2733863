package org.aidsim.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.aidsim.engine.ShippedCopy;
import org.aidsim.model.Institutions;
import org.aidsim.scenario.ReferenceReader;

/**
 * Build-time only (Maven's {@code process-classes} phase, pom.xml): reads the checkout's rules folder's
 * parameters.yaml and reference/ with {@link ReferenceReader}, as a run would, and writes what
 * {@link ReferenceSnapshot} loads into the build's class folder: a class whose code constructs those Institutions
 * (compiled with the JDK's compiler), the index of the files read and their bytes. Never called at run time.
 *
 * <p>Usage: {@code ReferenceSnapshotBuild RULES-DIR CLASSES-DIR}. Reference data that does not read (an edit with a
 * mistake in it), that cannot all be read as plain files (a link, a file it may not read), that changes while it is
 * read, or that the generated code cannot hold (a class file allows 65,535 constants), leaves no snapshot, with a
 * warning on standard error, and exits 0: the jar is built and runs read the folder, reporting any problem. Exits 1
 * when the class folder cannot be written.
 */
public final class ReferenceSnapshotBuild {
    /** Stands for the folder's name while reading, so that the generated code can put the caller's in its place. */
    static final String FOLDER = "\u0001rules folder\u0001";

    private ReferenceSnapshotBuild() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ReferenceSnapshotBuild RULES-DIR CLASSES-DIR (Maven runs it at process-classes)");
            System.exit(2);
        }
        try {
            build(Path.of(args[0]), Path.of(args[1]));
        } catch (IOException e) {
            System.err.println("aidsim: the reference snapshot was not written: " + e);
            System.exit(1);
        }
    }

    /** What {@link #main} does; throws {@link IOException} when {@code classes} cannot be read or written. */
    static void build(Path rules, Path classes) throws IOException {
        Path index = classes.resolve(ReferenceSnapshot.INDEX.substring(1));
        Path sources = classes.resolve(ReferenceSnapshot.SOURCES.substring(1));
        Path compiled = classes.resolve(ReferenceSnapshot.CLASS.replace('.', '/') + ".class");
        // Whatever happens next, no earlier build's snapshot outlives the data it was made from.
        Files.deleteIfExists(index);
        Files.deleteIfExists(sources);
        Files.deleteIfExists(compiled);

        List<Path> files;
        List<byte[]> contents;
        try {
            files = ReferenceSnapshot.files(rules);
            contents = ShippedCopy.readAll(files);
        } catch (IOException | UncheckedIOException e) {
            warn(rules, "its parameters.yaml or reference/ cannot all be read as plain files: " + e.getMessage());
            return;
        }
        Institutions read;
        try {
            read = ReferenceReader.read(rules, FOLDER);
        } catch (RuntimeException e) {
            warn(rules, "its parameters.yaml or reference/ do not read (aidsim check says why)");
            return;
        }
        String source;
        try {
            source = source(read);
        } catch (IllegalArgumentException e) {
            warn(rules, e.getMessage());
            return;
        }
        List<String> errors;
        try {
            errors = compile(source, classes, classes.toString());
        } catch (RuntimeException e) {
            errors = List.of(String.valueOf(e));
        }
        if (!errors.isEmpty()) {
            Files.deleteIfExists(compiled);
            warn(rules, "the code holding its reference data does not compile: " + errors.get(0));
            return;
        }
        // The copy must be the bytes the data was read from: a file saved while it was read leaves no snapshot.
        boolean unchanged;
        try {
            unchanged = same(contents, ShippedCopy.readAll(files)) && ReferenceSnapshot.files(rules).equals(files);
        } catch (IOException | UncheckedIOException e) {
            unchanged = false;
        }
        if (!unchanged) {
            Files.deleteIfExists(compiled);
            warn(rules, "a file in it changed while it was read; build again");
            return;
        }
        Files.createDirectories(index.getParent());
        ShippedCopy.writeSources(sources, contents);
        List<String> names = files.stream().map(f -> ShippedCopy.relative(rules, f)).toList();
        Files.writeString(index, ReferenceSnapshot.MAGIC + "\n" + ShippedCopy.of(names, contents).indexLines(),
                StandardCharsets.UTF_8);
    }

    private static boolean same(List<byte[]> a, List<byte[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static void warn(Path rules, String why) {
        System.err.println("aidsim: " + rules + " gets no reference snapshot, so runs will read its YAML (slower to"
                + " start, same results): " + why);
    }

    /**
     * The Java source of the class {@link ReferenceSnapshot#CLASS}: a {@code Function<String, Institutions>} whose
     * {@code apply(folderShownAs)} constructs {@code institutions} (read with {@link #FOLDER} as the folder's name)
     * anew. Throws {@link IllegalArgumentException} for a value of a type the generator does not write.
     */
    static String source(Institutions institutions) {
        Code code = new Code();
        String body = code.expression(institutions);
        String name = ReferenceSnapshot.CLASS;
        int dot = name.lastIndexOf('.');
        return "package " + name.substring(0, dot) + ";\n\n"
                + "/** Generated by ReferenceSnapshotBuild from rules/parameters.yaml and rules/reference/: do not edit. */\n"
                + "@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n"
                + "public final class " + name.substring(dot + 1)
                + " implements java.util.function.Function<String, org.aidsim.model.Institutions> {\n"
                + "    @Override\n"
                + "    public org.aidsim.model.Institutions apply(String f) {\n"
                + "        return " + body + ";\n"
                + "    }\n\n"
                + code.methods
                + "    private static java.util.TreeMap sorted(Object... kv) {\n"
                + "        java.util.TreeMap m = new java.util.TreeMap();\n"
                + "        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);\n"
                + "        return m;\n"
                + "    }\n\n"
                + "    private static java.util.LinkedHashMap ordered(Object... kv) {\n"
                + "        java.util.LinkedHashMap m = new java.util.LinkedHashMap();\n"
                + "        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);\n"
                + "        return m;\n"
                + "    }\n\n"
                + "    private static java.util.List list(Object... items) {\n"
                + "        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(items));\n"
                + "    }\n\n"
                + "    private static java.util.TreeSet sortedSet(Object... items) {\n"
                + "        return new java.util.TreeSet(java.util.Arrays.asList(items));\n"
                + "    }\n\n"
                + "    private static java.util.LinkedHashSet orderedSet(Object... items) {\n"
                + "        return new java.util.LinkedHashSet(java.util.Arrays.asList(items));\n"
                + "    }\n"
                + "}\n";
    }

    /**
     * Java expressions that construct values anew. An expression longer than {@value #SPILL} characters becomes a
     * method of its own, and a collection of more than {@value #CHUNK} elements is filled by methods of that many
     * each, so that no method nears the class file's 64 KB of code.
     */
    private static final class Code {
        private static final int SPILL = 1_500;
        private static final int CHUNK = 100;
        private final StringBuilder methods = new StringBuilder();
        private int count;

        String expression(Object value) {
            if (value == null) {
                return "null";
            }
            if (value instanceof String s) {
                return string(s);
            }
            if (value instanceof Integer || value instanceof Boolean) {
                return value.toString();
            }
            if (value instanceof Long l) {
                return l + "L";
            }
            if (value instanceof BigDecimal d) {
                return "new java.math.BigDecimal(\"" + d + "\")";
            }
            if (value instanceof BigInteger i) {
                return "new java.math.BigInteger(\"" + i + "\")";
            }
            if (value instanceof LocalDate d) {
                return "java.time.LocalDate.of(" + d.getYear() + ", " + d.getMonthValue() + ", " + d.getDayOfMonth() + ")";
            }
            if (value instanceof Enum<?> e) {
                return e.getDeclaringClass().getCanonicalName() + "." + e.name();
            }
            if (value instanceof Optional<?> o) {
                return o.isEmpty() ? "java.util.Optional.empty()" : "java.util.Optional.of(" + expression(o.get()) + ")";
            }
            if (value.getClass().isRecord()) {
                return constant(value).orElseGet(() -> spilled(value.getClass().getCanonicalName(), record(value)));
            }
            if (value instanceof SortedMap<?, ?> m && m.comparator() == null) {
                return entries("sorted", "java.util.TreeMap", m);
            }
            if (value instanceof SortedMap<?, ?>) {
                throw new IllegalArgumentException("a sorted map with its own comparator: " + value.getClass().getName());
            }
            if (value instanceof Map<?, ?> m) {
                return entries("ordered", "java.util.LinkedHashMap", m);
            }
            if (value instanceof List<?> l) {
                return elements("list", "java.util.List", l);
            }
            if (value instanceof SortedSet<?> s && s.comparator() == null) {
                return elements("sortedSet", "java.util.TreeSet", s);
            }
            if (value instanceof Set<?> s && !(value instanceof SortedSet<?>)) {
                return elements("orderedSet", "java.util.LinkedHashSet", s);
            }
            throw new IllegalArgumentException("no code for a " + value.getClass().getName() + " in reference data");
        }

        /** The record's public constant of the same value and identity ({@code DecisionRule.QMV}), if any. */
        private Optional<String> constant(Object value) {
            for (Field field : value.getClass().getFields()) {
                int m = field.getModifiers();
                if (Modifier.isStatic(m) && Modifier.isFinal(m) && field.getType() == value.getClass()) {
                    try {
                        if (field.get(null) == value) {
                            return Optional.of(value.getClass().getCanonicalName() + "." + field.getName());
                        }
                    } catch (IllegalAccessException e) {
                        // Not a constant code can name.
                    }
                }
            }
            return Optional.empty();
        }

        private String record(Object value) {
            List<String> args = new ArrayList<>();
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                try {
                    c.getAccessor().setAccessible(true);
                    args.add(expression(c.getAccessor().invoke(value)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalArgumentException("cannot read " + c.getName() + " of " + value.getClass().getName(), e);
                }
            }
            return "new " + value.getClass().getCanonicalName() + "(" + String.join(", ", args) + ")";
        }

        private String entries(String helper, String type, Map<?, ?> map) {
            List<String> items = new ArrayList<>();
            map.forEach((k, v) -> {
                items.add(expression(k));
                items.add(expression(v));
            });
            return collection(helper, type, items, "put", 2);
        }

        private String elements(String helper, String type, Collection<?> collection) {
            return collection(helper, type, collection.stream().map(this::expression).toList(), "add", 1);
        }

        /**
         * {@code helper(items...)}, or for many items a method that fills a fresh collection {@value #CHUNK} elements
         * (of {@code per} items each) at a time.
         */
        private String collection(String helper, String type, List<String> items, String add, int per) {
            if (items.size() <= CHUNK * per) {
                return spilled(type, helper + "(" + String.join(", ", items) + ")");
            }
            String name = "v" + count++;
            StringBuilder fill = new StringBuilder();
            fill.append("    private static ").append(type).append(' ').append(name).append("(String f) {\n")
                    .append("        java.util.ArrayList a = new java.util.ArrayList();\n");
            for (int from = 0; from < items.size(); from += CHUNK * per) {
                String part = name + "_" + from;
                fill.append("        ").append(part).append("(a, f);\n");
                StringBuilder chunk = new StringBuilder("    private static void " + part + "(java.util.ArrayList a, String f) {\n");
                for (int i = from; i < Math.min(items.size(), from + CHUNK * per); i++) {
                    chunk.append("        a.add(").append(items.get(i)).append(");\n");
                }
                methods.append(chunk).append("    }\n\n");
            }
            fill.append("        return ").append(helper).append("(a.toArray());\n    }\n\n");
            methods.append(fill);
            return name + "(f)";
        }

        /** {@code expression} itself when short, else a call of a new method of {@code type} returning it. */
        private String spilled(String type, String expression) {
            if (expression.length() <= SPILL) {
                return expression;
            }
            String name = "v" + count++;
            methods.append("    private static ").append(type).append(' ').append(name).append("(String f) {\n")
                    .append("        return ").append(expression).append(";\n    }\n\n");
            return name + "(f)";
        }

        /** A Java string literal, ASCII only, with {@link #FOLDER} replaced by the parameter {@code f}. */
        private static String string(String s) {
            List<String> parts = new ArrayList<>();
            int from = 0;
            for (int at = s.indexOf(FOLDER); at >= 0; at = s.indexOf(FOLDER, from)) {
                if (at > from) {
                    parts.add(literal(s.substring(from, at)));
                }
                parts.add("f");
                from = at + FOLDER.length();
            }
            if (from < s.length() || parts.isEmpty()) {
                parts.add(literal(s.substring(from)));
            }
            return parts.size() == 1 ? parts.get(0) : "(" + String.join(" + ", parts) + ")";
        }

        private static String literal(String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20 || c > 0x7e) {
                            out.append("\\u").append(HexFormat.of().toHexDigits(c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }

    /**
     * Compiles the generated class into {@code classes} against {@code classPath} (aidsim's model classes); the
     * compiler's first error, none when it compiled.
     */
    static List<String> compile(String source, Path classes, String classPath) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return List.of("no Java compiler in this runtime (a JDK is needed to build)");
        }
        JavaFileObject file = new SimpleJavaFileObject(
                URI.create("string:///" + ReferenceSnapshot.CLASS.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        StringWriter messages = new StringWriter();
        // Inline string concatenation, as pom.xml compiles aidsim: no invokedynamic to bootstrap early in a run.
        List<String> options = List.of("-d", classes.toString(), "-classpath", classPath, "--release", "17",
                "-g:none", "-nowarn", "-proc:none", "-XDstringConcat=inline");
        boolean ok = javac.getTask(messages, null, null, options, null, List.of(file)).call();
        return ok ? List.of() : List.of(messages.toString().strip().split("\n", 2)[0]);
    }
}
