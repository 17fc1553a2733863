package org.aidsim.model;

import java.util.Objects;

/**
 * What a member of the deciding forum declared about a package, before the rules resolve it into a {@link Vote}.
 *
 * @param population the member's population in the Council's figures for the scenario's year (0 outside the EU)
 * @param condition  for SUPPORT_IF, the named condition the support depends on; otherwise null
 */
public record Stance(String packageId, CountryCode member, long population, Position declared, String condition)
        implements AboutPackage, AboutMember {
    public Stance {
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(declared, "declared");
        if ((declared == Position.SUPPORT_IF) != (condition != null)) {
            throw new IllegalArgumentException("support-if needs a condition, and only support-if takes one");
        }
    }
}
