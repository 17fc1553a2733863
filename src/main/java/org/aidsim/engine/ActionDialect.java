package org.aidsim.engine;

/**
 * How rule actions (the {@code then} parts) are compiled. The same DRL compiles both ways, so each command picks
 * what it needs: MVEL starts about twice as fast (no Java compiler to load), Java runs actions about twice as fast
 * (no interpretation), which is what sweeps, pivots and benchmarks evaluating thousands of profiles want.
 */
public enum ActionDialect {
    MVEL("mvel"),
    JAVA("java");

    private final String drools;

    ActionDialect(String drools) {
        this.drools = drools;
    }

    /** The name Drools knows the dialect by. */
    String drools() {
        return drools;
    }
}
