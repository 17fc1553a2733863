package org.aidsim.model;

/** A fact that concerns one coalition; the firing trace files rules under the coalitions their facts name. */
public interface AboutCoalition {
    String coalitionId();
}
