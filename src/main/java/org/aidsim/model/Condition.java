package org.aidsim.model;

/** A named state of the world that conditional support depends on, e.g. "concessions-agreed". */
public record Condition(String name, boolean holds) {
}
