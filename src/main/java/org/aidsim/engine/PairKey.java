package org.aidsim.engine;

/**
 * The one key for facts that belong to a pair of ids (a member's stance or objection on a package, a package's
 * tranche): the two ids joined by a character that no id contains, so distinct pairs never share a key.
 */
final class PairKey {
    private PairKey() {
    }

    static String of(String first, String second) {
        return first + "\u0000" + second;
    }
}
