package org.aidsim.model;

/** A member that objects to implementing an adopted package, e.g. to the Council decisions that pay its tranches. */
public record Objection(String packageId, CountryCode member) implements AboutPackage, AboutMember {
}
