package org.aidsim.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Build-time only (Maven's {@code process-classes} phase, pom.xml): compiles a rules folder to Drools' executable
 * model and writes its classes and the index {@link ExecutableModel} reads into the build's class folder. Needs
 * {@code drools-model-codegen}, which the build has and the jar does not ship; never called at run time.
 *
 * <p>Usage: {@code ExecutableModelBuild RULES-DIR CLASSES-DIR}. Skips the work when the index already there was
 * built from the same DRL files, the same fact classes and the same class path. Rules that do not compile to the
 * model (an edit only the classic compile takes, or a syntax error) leave no model and no index, with a warning on
 * standard error, and exit 0: the jar is built and runs compile the DRL. Exits 1 when the class folder cannot be
 * read or written.
 */
public final class ExecutableModelBuild {
    private static final String FACTS = "org/aidsim/model";

    private ExecutableModelBuild() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ExecutableModelBuild RULES-DIR CLASSES-DIR (Maven runs it at process-classes)");
            System.exit(2);
        }
        try {
            build(Path.of(args[0]), Path.of(args[1]));
        } catch (IOException | RuntimeException e) {
            System.err.println("aidsim: the executable model was not built: " + e);
            System.exit(1);
        }
    }

    /** What {@link #main} does; throws {@link IOException} when {@code classes} cannot be read or written. */
    static void build(Path rules, Path classes) throws IOException {
        List<Path> files = RuleFolder.drlFiles(rules);
        String key = ExecutableModel.key(rules, files);
        String built = "built " + builtAgainst(classes);
        Path indexFile = classes.resolve(ExecutableModel.INDEX.substring(1));
        String previous = Files.isRegularFile(indexFile) ? Files.readString(indexFile, StandardCharsets.UTF_8) : "";
        ExecutableModel.Index old = ExecutableModel.Index.parse(previous);
        if (old != null && old.key().equals(key) && previous.contains("\n" + built + "\n") && classesPresent(classes, old)
                && Files.isRegularFile(classes.resolve(ExecutableModel.SOURCES.substring(1)))) {
            return;
        }
        List<String> shownAs = files.stream().map(f -> ShippedCopy.relative(rules, f)).toList();
        StringBuilder index = new StringBuilder(ExecutableModel.MAGIC + "\nkey " + key + "\n" + built + "\n");
        // An earlier build's classes: their names hold a hash of the rules, so they would otherwise stay.
        if (old != null) {
            deleteClasses(classes, old.models());
        }
        try {
            // Read once: the copy runs compare with is then the very bytes compiled, even if a file is saved meanwhile.
            List<byte[]> contents = ShippedCopy.readAll(files);
            Generated generated = Generated.of(compile(contents, shownAs));
            deleteClasses(classes, generated.models());
            for (var c : generated.classes().entrySet()) {
                Path to = classes.resolve(c.getKey());
                Files.createDirectories(to.getParent());
                Files.write(to, c.getValue());
            }
            // The DRL files themselves, one after another, for runs to compare a folder's files with byte for byte.
            ShippedCopy.writeSources(classes.resolve(ExecutableModel.SOURCES.substring(1)), contents);
            index.append(ShippedCopy.of(shownAs, contents).indexLines());
            for (String model : generated.models()) {
                index.append("model ").append(model).append('\n');
            }
            for (String line : classicOrder(files, shownAs)) {
                index.append("rule ").append(line).append('\n');
            }
        } catch (RuntimeException e) {
            // Rules a user edited so that only the classic compile takes them: the jar is still built and runs
            // compile the DRL (aidsim check names any real error); ExecutableModelTest fails for the shipped rules.
            System.err.println("aidsim: " + rules + " does not compile to Drools' executable model, so runs will compile"
                    + " the DRL instead (slower to start; aidsim check reports any error in it; once the rules compile to"
                    + " it again, rebuild with mvn -B package to start fast again):");
            List<String> problems = e instanceof RulesException r ? r.problems() : List.of(String.valueOf(e));
            problems.stream().limit(5).forEach(p -> System.err.println("  " + p));
            Files.deleteIfExists(indexFile);
            Files.deleteIfExists(classes.resolve(ExecutableModel.SOURCES.substring(1)));
            return;
        }
        Files.createDirectories(indexFile.getParent());
        Files.writeString(indexFile, index, StandardCharsets.UTF_8);
    }

    /**
     * The kjar Drools builds from the DRL files' {@code contents} (each under its path relative to the rules folder,
     * {@code shownAs}) with the executable model: generated, compiled classes.
     */
    private static byte[] compile(List<byte[]> contents, List<String> shownAs) throws IOException {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        for (int i = 0; i < contents.size(); i++) {
            kfs.write("src/main/resources/" + shownAs.get(i), contents.get(i));
        }
        // No kmodule.xml (writing one needs drools-xml-support): property reactivity stays Drools' default, which
        // RuleCompiler turns down to ALLOWED only because immutable facts give it nothing to track.
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new RulesException(errors.stream().map(m -> m.getPath() + (m.getLine() > 0 ? ":" + m.getLine() : "") + ": " + m.getText()).toList());
        }
        return ((InternalKieModule) builder.getKieModule()).getBytes();
    }

    /**
     * What Drools generated: class files by path (Drools' own project class left out) and the model classes' names.
     */
    private record Generated(Map<String, byte[]> classes, List<String> models) {
        static Generated of(byte[] kjar) throws IOException {
            Map<String, byte[]> classes = new TreeMap<>();
            List<String> models = new ArrayList<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    String name = e.getName();
                    if (name.endsWith(".class") && !name.startsWith("org/drools/")) {
                        classes.put(name, zip.readAllBytes());
                    } else if (name.endsWith("/drools-model")) {
                        for (String line : new String(zip.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                            if (!line.isBlank() && !line.startsWith("Drools-Model-Version")) {
                                models.add(line.strip());
                            }
                        }
                    }
                }
            }
            models.sort(Comparator.naturalOrder());
            return new Generated(classes, models);
        }
    }

    /**
     * Each rule as {@code PACKAGE<tab>LOAD-ORDER<tab>NAME}, in the classic compile's order: files in the order given,
     * rules in file order, which is their load order there.
     */
    private static List<String> classicOrder(List<Path> files, List<String> shownAs) {
        record Placed(int file, int loadOrder, String line) {
        }
        List<Placed> placed = new ArrayList<>();
        for (KiePackage p : RuleCompiler.compile(files, shownAs, ActionDialect.MVEL).kieBase().getKiePackages()) {
            for (Rule r : p.getRules()) {
                RuleImpl rule = (RuleImpl) r;
                int file = shownAs.indexOf(rule.getResource().getSourcePath());
                placed.add(new Placed(file, rule.getLoadOrder(), p.getName() + "\t" + rule.getLoadOrder() + "\t" + r.getName()));
            }
        }
        placed.sort(Comparator.comparingInt(Placed::file).thenComparingInt(Placed::loadOrder));
        return placed.stream().map(Placed::line).toList();
    }

    /** The fact classes' bytes and the class path: generated code compiled against other ones must be rebuilt. */
    private static String builtAgainst(Path classes) throws IOException {
        List<Path> facts = List.of();
        try (Stream<Path> walk = Files.isDirectory(classes.resolve(FACTS)) ? Files.walk(classes.resolve(FACTS)) : Stream.empty()) {
            facts = walk.filter(Files::isRegularFile).map(classes::relativize)
                    .sorted(Comparator.comparing(FolderDigest::slashed)).toList();
        }
        return FolderDigest.of(System.getProperty("java.class.path") + "\n", classes, facts);
    }

    private static boolean classesPresent(Path classes, ExecutableModel.Index index) {
        return index.models().stream().allMatch(m -> Files.isRegularFile(classes.resolve(m.replace('.', '/') + ".class")));
    }

    /**
     * Deletes the class files in the packages of {@code models} (an earlier build's generated classes) and the folders
     * that leaves empty.
     */
    private static void deleteClasses(Path classes, List<String> models) throws IOException {
        for (String model : models) {
            Path dir = classes.resolve(model.substring(0, model.lastIndexOf('.')).replace('.', '/'));
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    if (p.toString().endsWith(".class")) {
                        Files.delete(p);
                    } else if (Files.isDirectory(p) && !p.equals(dir)) {
                        try (Stream<Path> left = Files.list(p)) {
                            if (left.findAny().isEmpty()) {
                                Files.delete(p);
                            }
                        }
                    }
                }
            }
        }
    }
}
