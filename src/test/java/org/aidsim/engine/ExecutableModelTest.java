package org.aidsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drools.core.common.BaseNode;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.LeftTupleSource;
import org.drools.core.reteoo.TerminalNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * The shipped executable model's index (written by ExecutableModelBuild at process-classes) and its key. Outputs
 * through the model against the classic compile: RulesCacheTest.
 */
class ExecutableModelTest {
    @Test
    void shippedIndex_namesTheShippedDrlFilesAndPlacesEveryRule() throws IOException {
        ExecutableModel.Index index = shippedIndex();
        Path rules = Path.of("rules");

        assertThat(index.key()).isEqualTo(ExecutableModel.key(rules, RuleFolder.drlFiles(rules)));
        assertThat(index.files()).hasSameSizeAs(RuleFolder.drlFiles(rules)).contains("consensus/tally.drl");
        assertThat(ExecutableModel.builtFrom(index, rules, RuleFolder.drlFiles(rules))).isTrue();
        assertThat(index.models()).isNotEmpty();
        assertThat(index.rank()).hasSameSizeAs(index.loadOrder()).hasSizeGreaterThan(100);
    }

    /**
     * Activations of one rule fire in the order their tuples reach it, which follows the network's segments, which
     * node sharing decides. The executable model shares nodes by other criteria than the classic compile (a binding
     * on a pattern keeps it apart; accumulates with the same source are shared), so the shipped DRL is written for both
     * to share alike (see examination.drl, tally.drl, linkage.drl). Before that, one scenario's {@code run --format
     * json --explain} numbered two firings of one rule the other way round.
     */
    @Test
    void everyRulesNodePath_isShapedAsInTheClassicCompile() throws IOException {
        Path rules = Path.of("rules");
        List<Path> files = RuleFolder.drlFiles(rules);
        shippedIndex();
        KieBase model = ExecutableModel.load(rules, files).orElseThrow();
        KieBase classic = RuleCompiler.compile(files, files.stream().map(Path::toString).toList(), ActionDialect.MVEL).kieBase();
        List<String> differ = new ArrayList<>();
        int compared = 0;
        for (KiePackage p : classic.getKiePackages()) {
            for (org.kie.api.definition.rule.Rule r : p.getRules()) {
                String rule = p.getName() + "." + r.getName();
                if (!shape(classic, rule).equals(shape(model, rule))) {
                    differ.add(rule + "\n  classic " + shape(classic, rule) + "\n  model   " + shape(model, rule));
                }
                compared++;
            }
        }

        assertThat(differ).isEmpty();
        assertThat(compared).isGreaterThan(100);
    }

    /** Each terminal node's path to the root: node type, how many rules share it, how many children it has. */
    private static String shape(KieBase kieBase, String rule) {
        StringBuilder out = new StringBuilder();
        for (TerminalNode t : ((InternalRuleBase) kieBase).getReteooBuilder().getTerminalNodes(rule)) {
            for (LeftTupleSource s = t.getLeftTupleSource(); s != null; s = s.getLeftTupleSource()) {
                out.append(s.getClass().getSimpleName()).append('/').append(s.getAssociationsSize()).append('/')
                        .append(s.getSinkPropagator().size());
                if (s instanceof BetaNode beta) {
                    out.append("[right shared by ").append(((BaseNode) beta.getRightInput()).getAssociationsSize()).append(']');
                }
                out.append(" <- ");
            }
            out.append("| ");
        }
        return out.toString();
    }

    @Test
    void foreignOrDamagedIndex_isNoIndex() {
        assertThat(ExecutableModel.Index.parse("")).isNull();
        assertThat(ExecutableModel.Index.parse("aidsim compiled rules 1\nkey 00\n")).isNull();
        assertThat(ExecutableModel.Index.parse(ExecutableModel.MAGIC + "\nkey 00\nmodel a.B\nrule only two\n")).isNull();
        assertThat(ExecutableModel.Index.parse(ExecutableModel.MAGIC + "\nkey 00\nsomething else\n")).isNull();
        assertThat(ExecutableModel.Index.parse(ExecutableModel.MAGIC + "\nkey 00\nfile 10\ta.drl\nrule p\t0\tA rule\n")).as("no model").isNull();
        assertThat(ExecutableModel.Index.parse(ExecutableModel.MAGIC + "\nkey 00\nmodel a.B\nrule p\t0\tA rule\n")).as("no file").isNull();
        assertThat(ExecutableModel.Index.parse(ExecutableModel.MAGIC + "\nkey 00\nfile a.drl\nmodel a.B\n")).as("no length").isNull();
        assertThat(ExecutableModel.Index.parse(ExecutableModel.MAGIC + "\nkey 00\nfile x\ta.drl\nmodel a.B\n")).as("a length not a number").isNull();
        assertThat(ExecutableModel.Index.parse(ExecutableModel.MAGIC + "\nkey 00\nfile 1\ta.drl\nmodel a.B\nrule p\tfirst\tA\n"))
                .as("a load order not a number").isNull();
    }

    @Test
    void editedDrlFile_loadsNoModel(@TempDir Path temp) throws IOException {
        shippedIndex();
        Path copy = copyOfTheDrlFiles(temp);
        assertThat(ExecutableModel.load(copy, RuleFolder.drlFiles(copy))).isPresent();

        Files.writeString(copy.resolve("consensus/tally.drl"), "\n// an edit\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(ExecutableModel.builtFrom(shippedIndex(), copy, RuleFolder.drlFiles(copy))).isFalse();
        assertThat(ExecutableModel.load(copy, RuleFolder.drlFiles(copy))).isEmpty();
    }

    @Test
    void addedDrlFile_loadsNoModel(@TempDir Path temp) throws IOException {
        Path copy = copyOfTheDrlFiles(temp);
        Files.writeString(copy.resolve("consensus/added.drl"), "package aidsim.consensus;\n");

        assertThat(ExecutableModel.load(copy, RuleFolder.drlFiles(copy))).isEmpty();
    }

    @Test
    void removedDrlFile_loadsNoModel(@TempDir Path temp) throws IOException {
        Path copy = copyOfTheDrlFiles(temp);
        Files.delete(copy.resolve("coalitions/delivery.drl"));

        assertThat(ExecutableModel.load(copy, RuleFolder.drlFiles(copy))).isEmpty();
    }

    @Test
    void renamedDrlFile_loadsNoModel(@TempDir Path temp) throws IOException {
        Path copy = copyOfTheDrlFiles(temp);
        Files.move(copy.resolve("consensus/tally.drl"), copy.resolve("consensus/tally2.drl"));

        assertThat(ExecutableModel.load(copy, RuleFolder.drlFiles(copy))).isEmpty();
    }

    @Test
    void editThatKeepsEveryFilesSize_loadsNoModel(@TempDir Path temp) throws IOException {
        Path copy = copyOfTheDrlFiles(temp);
        Path tally = copy.resolve("consensus/tally.drl");
        String text = Files.readString(tally);
        Files.writeString(tally, text.replaceFirst("e", "a"));
        assertThat(Files.size(tally)).isEqualTo(text.length());

        assertThat(ExecutableModel.load(copy, RuleFolder.drlFiles(copy))).isEmpty();
    }

    @Test
    void ruleEditOnlyTheClassicCompileTakes_buildsNoModelAndDoesNotFailTheBuild(@TempDir Path temp) throws IOException {
        Path copy = copyOfTheDrlFiles(temp);
        Path blocking = copy.resolve("consensus/blocking.drl");
        String text = Files.readString(blocking);
        String edited = text.replace("$blockings : collectList($b), $count : count(); $count > 0)", "$blockings : collectList($b); !$blockings.isEmpty())");
        assertThat(edited).as("rules/consensus/blocking.drl as shipped").isNotEqualTo(text);
        Files.writeString(blocking, edited);
        Path classes = temp.resolve("classes");
        Files.createDirectories(classes.resolve("aidsim"));
        Files.writeString(classes.resolve(ExecutableModel.INDEX.substring(1)), "an earlier build's index");

        ExecutableModelBuild.build(copy, classes);

        assertThat(classes.resolve(ExecutableModel.INDEX.substring(1))).doesNotExist();
    }

    private static Path copyOfTheDrlFiles(Path temp) throws IOException {
        Path rules = Path.of("rules");
        Path copy = temp.resolve("rules");
        for (Path f : RuleFolder.drlFiles(rules)) {
            Path to = copy.resolve(rules.relativize(f).toString());
            Files.createDirectories(to.getParent());
            Files.copy(f, to);
        }
        return copy;
    }

    private static ExecutableModel.Index shippedIndex() throws IOException {
        try (InputStream in = ExecutableModel.class.getResourceAsStream(ExecutableModel.INDEX)) {
            assertThat(in).as("the build writes %s unless rules/ does not compile to the executable model (the build's"
                    + " warning says why: an edit only the classic compile takes, such as a constraint on a collectList result)",
                    ExecutableModel.INDEX).isNotNull();
            return ExecutableModel.Index.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
