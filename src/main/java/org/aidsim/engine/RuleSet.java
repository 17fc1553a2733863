package org.aidsim.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.aidsim.model.Institutions;
import org.aidsim.model.RuleBook;
import org.aidsim.model.RuleRef;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A rules folder: the thresholds, forums and rosters read from it, and its DRL compiled into a KieBase. Compiling
 * is the slow part of a run, so it happens on a second thread while scenarios are read; {@link #kieBase()} waits
 * for it. Build one per process and reuse it.
 */
public final class RuleSet {
    private final String location;
    private final String shownAs;
    private final Institutions institutions;
    private final CompletableFuture<RuleFolder.Compiled> compiled;
    /** Read once from the compiled rules; a race only reads it twice, to the same value. */
    private volatile RuleBook ruleBook;

    RuleSet(String location, String shownAs, Institutions institutions, CompletableFuture<RuleFolder.Compiled> compiled) {
        this.location = location;
        this.shownAs = shownAs;
        this.institutions = institutions;
        this.compiled = compiled;
    }

    /** Where the rules were read from, as shown to users. */
    public String location() {
        return location;
    }

    /**
     * The rules folder as every report's header names it: a path such as "rules/", or "rules packaged in aidsim
     * 0.1.0" when no ./rules folder was found and no --rules given.
     */
    public String shownAs() {
        return shownAs;
    }

    /** True when these are the rules packaged in the jar, which a run outside a project's folder falls back to. */
    public boolean packaged() {
        return shownAs.startsWith("rules packaged in ");
    }

    /** The note a report prints when the packaged rules decide: a project's own rules/ may say otherwise. */
    public Optional<String> note() {
        return packaged() ? Optional.of("no rules/ folder in " + Path.of("").toAbsolutePath() + " and no --rules DIR: the "
                + shownAs + " decide; a project's own rules/ may differ (run from its folder or pass --rules DIR)")
                : Optional.empty();
    }

    public Institutions institutions() {
        return institutions;
    }

    /** The compiled rules; throws {@link RulesException} when they do not compile. */
    public KieBase kieBase() {
        return joined().kieBase();
    }

    /**
     * True when the compiled rules were not compiled from the DRL in this process: read from the compiled-rules
     * cache or the jar's executable model (see {@link RuleFolder#loadCached}); waits for them like {@link #kieBase()}.
     */
    public boolean fromCache() {
        return origin() != RuleFolder.Origin.DRL;
    }

    /** Where the compiled rules came from; waits for them like {@link #kieBase()}. */
    public RuleFolder.Origin origin() {
        return joined().origin();
    }

    private RuleFolder.Compiled joined() {
        try {
            return compiled.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Every rule with its id and source as its DRL metadata gives them ({@code @id}, {@code @source}). */
    public RuleBook ruleBook() {
        RuleBook book = ruleBook;
        if (book == null) {
            book = RuleMetadata.book(kieBase());
            ruleBook = book;
        }
        return book;
    }

    /** Every rule's id and every rule's name, the ways an expectation may name a rule. */
    public List<String> ruleIdsAndNames() {
        List<String> out = new ArrayList<>();
        for (RuleRef r : ruleBook().all()) {
            if (r.id() != null) {
                out.add(r.id());
            }
            out.add(r.name());
        }
        return out;
    }

    /** Every rule's name, sorted, for coverage. */
    public List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        for (KiePackage p : kieBase().getKiePackages()) {
            for (Rule r : p.getRules()) {
                names.add(r.getName());
            }
        }
        return names.stream().sorted().toList();
    }
}
