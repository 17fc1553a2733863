package org.aidsim.scenario;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file so that a user sees all of them at once, not one per run. */
final class Problems {
    private final DocumentReader.Tree tree;
    private final List<Problem> found = new ArrayList<>();

    Problems(DocumentReader.Tree tree) {
        this.tree = tree;
    }

    void add(FieldPath path, String message) {
        found.add(tree.problem(path, message));
    }

    void addAtKey(FieldPath path, String message) {
        found.add(tree.keyProblem(path, message));
    }

    /**
     * Where a field is written, "file:line:col: field", for a check only the run can make (the amount of a share
     * tranche needs the rules' routing): the run's message starts with it.
     */
    String place(FieldPath path) {
        Problem p = tree.problem(path, "");
        return new Problem(p.file(), p.line(), p.column(), "", p.field()).toString();
    }

    void addAll(InputException e) {
        found.addAll(e.problems());
    }

    /** How many problems were found so far (a validator compares before and after its checks). */
    int size() {
        return found.size();
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InputException(found);
        }
    }
}
