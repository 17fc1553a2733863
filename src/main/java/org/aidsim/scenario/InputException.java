package org.aidsim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Input files that cannot be used, with every problem found in them. */
public class InputException extends RuntimeException {
    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
