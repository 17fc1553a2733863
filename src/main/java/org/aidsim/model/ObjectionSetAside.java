package org.aidsim.model;

/** An objection to implementing a package that does not count, because the member takes no part in implementing it. */
public record ObjectionSetAside(String packageId, CountryCode member, String reason) implements AboutPackage, AboutMember {
}
