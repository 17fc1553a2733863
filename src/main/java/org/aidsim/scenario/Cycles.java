package org.aidsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Finds a cycle in a small graph of named nodes (tranches that follow each other, pools that split into each other). */
final class Cycles {
    private Cycles() {
    }

    /** The first cycle found, as the nodes in order with the first repeated at the end (a -> b -> a). */
    static Optional<List<String>> find(Map<String, List<String>> edges) {
        TreeSet<String> done = new TreeSet<>();
        for (String start : new TreeSet<>(edges.keySet())) {
            Optional<List<String>> cycle = walk(start, edges, new ArrayList<>(), done);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> walk(String node, Map<String, List<String>> edges, List<String> path,
                                               TreeSet<String> done) {
        int at = path.indexOf(node);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(node);
            return Optional.of(cycle);
        }
        if (done.contains(node)) {
            return Optional.empty();
        }
        path.add(node);
        for (String next : edges.getOrDefault(node, List.of())) {
            Optional<List<String>> cycle = walk(next, edges, path, done);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        done.add(node);
        return Optional.empty();
    }
}
