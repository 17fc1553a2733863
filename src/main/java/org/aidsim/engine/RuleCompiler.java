package org.aidsim.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.conf.DefaultDialectOption;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/** Compiles DRL files into a KieBase, reporting each error as {@code rules/x.drl:12:5: message}. */
final class RuleCompiler {
    private static final Pattern PARSER_PLACE = Pattern.compile("^\\[ERR \\d+\\] Line (\\d+):(\\d+)\\s*");
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private RuleCompiler() {
    }

    /** The compiled rules, and the compiler's packages they were built from (what {@link RulesCache} keeps). */
    record Compiled(KieBase kieBase, InternalKnowledgePackage[] packages) {
    }

    /** @param files each DRL file with the name to show for it in messages */
    static Compiled compile(List<Path> files, List<String> shownAs, ActionDialect dialect) {
        KnowledgeBuilderConfiguration config = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        config.setOption(DefaultDialectOption.get(dialect.drools()));
        // Facts are immutable and never modified, so property reactivity has nothing to track.
        config.setOption(PropertySpecificOption.ALLOWED);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(config);
        for (int i = 0; i < files.size(); i++) {
            byte[] text;
            try {
                text = Files.readAllBytes(files.get(i));
            } catch (IOException e) {
                throw new RulesException(List.of(shownAs.get(i) + ": cannot be read: " + e.getMessage()));
            }
            builder.add(ResourceFactory.newByteArrayResource(text).setSourcePath(shownAs.get(i)), ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            throw new RulesException(describe(builder.getErrors(), files, shownAs));
        }
        return new Compiled(builder.newKieBase(), ((KnowledgeBuilderImpl) builder).getPackages());
    }

    private static List<String> describe(Iterable<KnowledgeBuilderError> errors, List<Path> files, List<String> shownAs) {
        List<String> out = new ArrayList<>();
        for (KnowledgeBuilderError error : errors) {
            String message = error.getMessage() == null ? "" : error.getMessage().trim();
            if (message.startsWith(NULL_PACKAGE)) {
                continue;
            }
            String file = error.getResource() == null ? "rules" : error.getResource().getSourcePath();
            int line = error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : 0;
            int column = 0;
            Matcher m = PARSER_PLACE.matcher(message);
            if (m.find()) {
                line = Integer.parseInt(m.group(1));
                column = Integer.parseInt(m.group(2)) + 1;
                message = message.substring(m.end());
            } else {
                ErrorPlace.Place place = ErrorPlace.refine(linesOf(files, shownAs, file), line, message);
                line = place.line();
                column = place.column();
                message = place.message();
            }
            out.add(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + oneLine(message));
        }
        if (out.isEmpty()) {
            out.add("rules: the rule files do not compile");
        }
        return out;
    }

    private static List<String> linesOf(List<Path> files, List<String> shownAs, String file) {
        int i = shownAs.indexOf(file);
        try {
            return i < 0 ? List.of() : Files.readAllLines(files.get(i));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\n\\s*", " ").replaceAll("\\s+", " ").trim();
    }
}
