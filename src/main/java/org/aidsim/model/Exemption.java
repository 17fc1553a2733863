package org.aidsim.model;

/** A member that is not obliged to apply or fund an adopted package (constructive abstention, an accepted opt-out). */
public record Exemption(String packageId, CountryCode member, String reason) implements AboutPackage, AboutMember {
}
