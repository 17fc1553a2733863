package org.aidsim.model;

/** A coalition member whose leaving alone would make a package delivered through the coalition fail. */
public record Dependency(String packageId, CountryCode member, String reason) implements AboutPackage, AboutMember {
}
