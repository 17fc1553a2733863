package org.aidsim.engine;

import java.util.ArrayList;
import java.util.List;
import org.aidsim.model.RuleBook;
import org.aidsim.model.RuleRef;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Reads what each compiled rule says about itself: {@code @id("...")} and {@code @source("...")} written under its
 * name. A blank value counts as absent, so {@code aidsim check} warns about it like a missing one.
 */
final class RuleMetadata {
    static final String ID = "id";
    static final String SOURCE = "source";

    private RuleMetadata() {
    }

    static RuleBook book(KieBase kieBase) {
        List<RuleRef> rules = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                rules.add(ref(r));
            }
        }
        return new RuleBook(rules);
    }

    static RuleRef ref(Rule rule) {
        return new RuleRef(text(rule, ID), rule.getName(), text(rule, SOURCE));
    }

    private static String text(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }
}
