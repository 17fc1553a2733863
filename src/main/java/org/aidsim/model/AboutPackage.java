package org.aidsim.model;

/** A fact that concerns one package; the firing trace files rules under the packages their facts name. */
public interface AboutPackage {
    String packageId();
}
