package org.aidsim.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of one rules folder by name and by id, so that a report can print a fired rule's id and source beside
 * its name, and an expectation can name a rule by either. When two rules share an id (which {@code aidsim check}
 * refuses), the id stands for the first by name.
 */
public final class RuleBook {
    /** No rules known: every name stands for itself, with no id and no source. */
    public static final RuleBook EMPTY = new RuleBook(List.of());

    private final Map<String, RuleRef> byName = new HashMap<>();
    private final Map<String, String> nameById = new HashMap<>();
    private final List<RuleRef> all;

    public RuleBook(Collection<RuleRef> rules) {
        all = rules.stream().sorted(Comparator.comparing(RuleRef::name)).toList();
        for (RuleRef r : all) {
            byName.put(r.name(), r);
            if (r.id() != null) {
                nameById.putIfAbsent(r.id(), r.name());
            }
        }
    }

    /** The rule named {@code name}; a rule this book does not know comes back with no id and no source. */
    public RuleRef of(String name) {
        RuleRef known = byName.get(name);
        return known != null ? known : new RuleRef(null, name, null);
    }

    /** The name of the rule whose id is {@code idOrName}, else {@code idOrName} itself (taken to be a name). */
    public String nameOf(String idOrName) {
        return nameById.getOrDefault(idOrName, idOrName);
    }

    /** True when some rule has this id or this name. */
    public boolean knows(String idOrName) {
        return byName.containsKey(idOrName) || nameById.containsKey(idOrName);
    }

    /** Every rule, sorted by name. */
    public List<RuleRef> all() {
        return all;
    }
}
