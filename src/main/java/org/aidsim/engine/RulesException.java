package org.aidsim.engine;

import java.util.List;

/** The rules folder cannot be used: DRL that does not compile, or a missing folder. One line per problem. */
public class RulesException extends RuntimeException {
    private final List<String> problems;

    public RulesException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
