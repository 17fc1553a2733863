package org.aidsim.model;

/** A fact that names one member state; the firing trace shows the members a rule's facts name. */
public interface AboutMember {
    CountryCode member();
}
