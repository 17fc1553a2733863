package org.aidsim.model;

/** A body that decides packages: who sits in it (a roster) and how it decides unless a package says otherwise. */
public record Forum(String id, String title, String roster, DecisionRule defaultRule) {
}
