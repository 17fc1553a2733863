package org.aidsim.model;

import java.util.Collection;
import java.util.List;

/** The rules' finding on a coalition: active or not, with every reason. */
public record CoalitionStatus(String coalitionId, boolean active, List<String> reasons) implements AboutCoalition {
    public CoalitionStatus {
        reasons = List.copyOf(reasons);
    }

    public static CoalitionStatus active(String coalitionId, String reason) {
        return new CoalitionStatus(coalitionId, true, List.of(reason));
    }

    public static CoalitionStatus inactive(String coalitionId, Collection<Shortfall> shortfalls) {
        return new CoalitionStatus(coalitionId, false, shortfalls.stream().map(Shortfall::reason).sorted().toList());
    }
}
