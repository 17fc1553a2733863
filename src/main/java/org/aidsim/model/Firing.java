package org.aidsim.model;

import java.util.List;

/**
 * One rule firing in a run, in order.
 *
 * @param packageIds   the packages the matched facts concern
 * @param coalitionIds the coalitions the matched facts concern
 * @param members    the members the matched facts name, for the trace ("A declared position stands ... HU")
 */
public record Firing(int sequence, String rule, List<String> packageIds, List<String> coalitionIds,
                     List<CountryCode> members) {
    public Firing {
        packageIds = List.copyOf(packageIds);
        coalitionIds = List.copyOf(coalitionIds);
        members = List.copyOf(members);
    }
}
