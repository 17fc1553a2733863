package org.aidsim.model;

import java.util.Objects;

/**
 * A rule as reports cite it, read from its DRL metadata.
 *
 * @param id     the stable id from {@code @id(...)}, such as "qmv-blocking-minority", which expectations may name
 *               instead of the sentence; null when the rule has none
 * @param name   the rule's name, a sentence that states the rule
 * @param source where the rule comes from, from {@code @source(...)}: the treaty article or official page with its
 *               link, or "aidsim modelling choice: ..." for bookkeeping; null when the rule has none
 */
public record RuleRef(String id, String name, String source) {
    public RuleRef {
        Objects.requireNonNull(name, "name");
    }
}
