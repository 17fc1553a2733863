package org.aidsim.model;

/** One way a run differs from what its scenario expects, e.g. {@code ukraine-facility.blockers}: [HU] vs [HU, SK]. */
public record Mismatch(String field, String expected, String actual) {
    @Override
    public String toString() {
        return field + ": expected " + expected + ", got " + actual;
    }
}
