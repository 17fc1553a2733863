package org.aidsim.model;

/** An objection that counts: the member takes part in implementing the package, so its veto stops the tranches. */
public record ImplementationVeto(String packageId, CountryCode member, String reason) implements AboutPackage, AboutMember {
}
