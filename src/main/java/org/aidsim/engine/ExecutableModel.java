package org.aidsim.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;

/**
 * The shipped rules compiled at build time to Drools' executable model: Java classes in the jar, built by
 * {@link ExecutableModelBuild} from the checkout's {@code rules/} (Maven's {@code process-classes} phase), with an
 * index, {@value #INDEX}, naming the DRL files they were built from (and the SHA-256 of them, for the build's own
 * up-to-date check), the model classes, and every rule's place in the classic compile; beside it, {@value #SOURCES}
 * holds those files' bytes one after another. A rules folder whose DRL files are those, byte for byte (the
 * checkout's own {@code rules/}, the jar's packaged copy, or any copy of them), is loaded from those classes: no DRL
 * parsing, no MVEL, no generated field readers, and the classes sit in the launcher's class-data archive. An edited
 * folder differs and goes to {@link RulesCache} and the classic compile, as before. Comparing bytes, rather than
 * hashing the folder, is exact and cheaper: SHA-256, run by the interpreter that early in a run, cost about 70 ms of
 * the compile thread's critical path (issue 13, docs/notes/issue-13-cold-start.md round 9).
 *
 * <p>Rules fire in the classic compile's order. Drools breaks ties between activations by salience (0 for every
 * aidsim rule), then by the rule's load order, then by its terminal node. The classic compile gives each rule its
 * position in its own file as load order and builds terminal nodes in the order the files are given (path order);
 * the executable model numbers rules per package in its generator's order. So each model is handed to Drools with
 * its rules in path-then-position order, and every rule then gets its classic load order back. Within one rule,
 * activations fire in the order their tuples reach it, which node sharing decides: the shipped DRL is written so
 * that both compiles share nodes alike ({@code ExecutableModelTest} compares every rule's path through the network;
 * docs/notes/issue-13-cold-start.md, round 8). {@code RulesCacheTest} runs every scenario and saved command both ways.
 *
 * <p>Never an error: a missing or foreign index, a key that does not match, a class that does not load or a rule
 * the index does not place all mean "not these rules", and the caller compiles. The system property
 * {@code aidsim.rules.model=off} turns it off (tests, and training the class-data archive on the other paths);
 * {@code AIDSIM_RULES_CACHE=off} does too, as it turns off every stored compile.
 */
final class ExecutableModel {
    /** The index's resource name, beside the packaged rules. */
    static final String INDEX = "/aidsim/executable-model.txt";
    /** The DRL files the model was built from, their bytes one after another (the index gives each one's length). */
    static final String SOURCES = "/aidsim/executable-model.sources";
    static final String MAGIC = "aidsim executable model 2";

    private ExecutableModel() {
    }

    /** False when {@code aidsim.rules.model} is {@code off}, or every stored compile is ({@link RulesCache#enabled}). */
    static boolean enabled() {
        return RulesCache.enabled() && !"off".equalsIgnoreCase(System.getProperty("aidsim.rules.model", "").strip());
    }

    /**
     * The KieBase of the shipped executable model when {@code files} (the DRL files of {@code dir}, in path order)
     * are the rules it was built from; empty otherwise, or when anything about it is amiss.
     */
    static Optional<KieBase> load(Path dir, List<Path> files) {
        try (InputStream in = ExecutableModel.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                return Optional.empty();
            }
            Index index = Index.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (index == null || !builtFrom(index, dir, files)) {
                return Optional.empty();
            }
            return Optional.of(build(index));
        } catch (Exception | LinkageError e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code files} (of {@code dir}, in path order) are the index's files, each byte for byte as it was
     * compiled ({@value #SOURCES}). Throws {@link IOException} when a file cannot be read.
     */
    static boolean builtFrom(Index index, Path dir, List<Path> files) throws IOException {
        return index.copy().matches(SOURCES, dir, files);
    }

    private static KieBase build(Index index) throws ReflectiveOperationException {
        List<Model> models = new ArrayList<>();
        for (String name : index.models()) {
            Model model = (Model) Class.forName(name, true, ExecutableModel.class.getClassLoader()).getDeclaredConstructor().newInstance();
            for (Rule rule : model.getRules()) {
                if (!index.rank().containsKey(id(rule.getPackage(), rule.getName()))) {
                    throw new IllegalStateException("a rule the index does not place: " + rule.getName());
                }
            }
            models.add(inClassicOrder(model, index.rank()));
        }
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models, KieServices.get().newKieBaseConfiguration());
        int rules = 0;
        for (KiePackage p : kieBase.getKiePackages()) {
            for (org.kie.api.definition.rule.Rule r : p.getRules()) {
                ((RuleImpl) r).setLoadOrder(index.loadOrder().get(id(p.getName(), r.getName())));
                rules++;
            }
        }
        if (rules != index.rank().size()) {
            throw new IllegalStateException("the model holds " + rules + " rules, the index " + index.rank().size());
        }
        return kieBase;
    }

    /** A rule's key in an index: its package and name, joined by a NUL (which neither holds). */
    static String id(String pkg, String name) {
        return pkg + "\u0000" + name;
    }

    /** {@code model} with its rules in the classic compile's order: files in path order, rules in file order. */
    private static Model inClassicOrder(Model model, Map<String, Integer> rank) {
        List<Rule> rules = new ArrayList<>(model.getRules());
        rules.sort(Comparator.comparingInt(r -> rank.get(id(r.getPackage(), r.getName()))));
        return new Model() {
            @Override
            public String getName() {
                return model.getName();
            }

            @Override
            public String getPackageName() {
                return model.getPackageName();
            }

            @Override
            public List<Global> getGlobals() {
                return model.getGlobals();
            }

            @Override
            public List<Rule> getRules() {
                return rules;
            }

            @Override
            public List<Query> getQueries() {
                return model.getQueries();
            }

            @Override
            public List<TypeMetaData> getTypeMetaDatas() {
                return model.getTypeMetaDatas();
            }

            @Override
            public List<EntryPoint> getEntryPoints() {
                return model.getEntryPoints();
            }
        };
    }

    /**
     * The key of {@code files}, the DRL files of {@code dir} in path order: their {@link FolderDigest}, by which the
     * build knows its model is up to date. Other files (parameters.yaml, reference/) are read at run time and are no
     * part of the compiled rules.
     */
    static String key(Path dir, List<Path> files) throws IOException {
        return FolderDigest.of("", dir, files.stream().map(dir::relativize).toList());
    }

    /**
     * The index {@link ExecutableModelBuild} writes: a first line {@value #MAGIC}, then {@code key HEX},
     * {@code built HEX} (what the build was made against; both read by the build only), {@code file LENGTH<tab>PATH}
     * per DRL file compiled (its length in bytes; its path relative, '/'-separated; in path order), {@code model CLASS}
     * per model, and {@code rule PACKAGE<tab>LOAD-ORDER<tab>NAME} per rule in the classic compile's order (files in
     * path order, rules in file order; the load order is the rule's position in its file).
     *
     * @param copy      the DRL files the model was built from, relative to the rules folder, in path order, with
     *                  each one's length in bytes
     * @param rank      a rule's {@link #id} to its place in that order
     * @param loadOrder a rule's {@link #id} to its classic load order
     */
    record Index(String key, ShippedCopy copy, List<String> models, Map<String, Integer> rank,
                 Map<String, Integer> loadOrder) {
        /** The DRL files the model was built from, relative to the rules folder, in path order. */
        List<String> files() {
            return copy.files();
        }

        /** The index in {@code text}, or null when it is not one. */
        static Index parse(String text) {
            String[] lines = text.split("\n");
            if (lines.length < 2 || !lines[0].equals(MAGIC) || !lines[1].startsWith("key ")) {
                return null;
            }
            ShippedCopy copy = ShippedCopy.parse(Arrays.asList(lines));
            if (copy == null) {
                return null;
            }
            List<String> models = new ArrayList<>();
            Map<String, Integer> rank = new HashMap<>();
            Map<String, Integer> loadOrder = new HashMap<>();
            for (int i = 2; i < lines.length; i++) {
                String line = lines[i];
                if (ShippedCopy.isFileLine(line)) {
                    continue;
                }
                if (line.startsWith("model ")) {
                    models.add(line.substring("model ".length()));
                } else if (line.startsWith("rule ")) {
                    String[] parts = line.substring("rule ".length()).split("\t", 3);
                    if (parts.length != 3) {
                        return null;
                    }
                    Integer order = ShippedCopy.count(parts[1]);
                    if (order == null) {
                        return null;
                    }
                    String id = id(parts[0], parts[2]);
                    rank.put(id, rank.size());
                    loadOrder.put(id, order);
                } else if (!line.isEmpty() && !line.startsWith("built ")) {
                    return null;
                }
            }
            return models.isEmpty() || copy.files().isEmpty() ? null
                    : new Index(lines[1].substring("key ".length()), copy, models, rank, loadOrder);
        }
    }
}
