package org.aidsim.model;

import java.util.Arrays;
import java.util.Optional;

/** Whether members may stay out of a package (voluntary) or must all take part (mandatory). */
public enum Participation {
    MANDATORY("mandatory"),
    VOLUNTARY("voluntary");

    private final String word;

    Participation(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<Participation> fromWord(String word) {
        return Arrays.stream(values()).filter(p -> p.word.equals(word)).findFirst();
    }

    @Override
    public String toString() {
        return word;
    }
}
