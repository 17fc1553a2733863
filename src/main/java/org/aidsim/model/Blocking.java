package org.aidsim.model;

import java.util.List;

/** Members whose act stops a package (a veto, a blocking minority), with the reason in a sentence. */
public record Blocking(String packageId, List<CountryCode> members, String reason) implements AboutPackage {
    public Blocking {
        members = List.copyOf(members.stream().sorted().distinct().toList());
    }

    public static Blocking by(String packageId, CountryCode member, String reason) {
        return new Blocking(packageId, List.of(member), reason);
    }
}
