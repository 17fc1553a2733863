package org.aidsim.model;

import java.util.Objects;

/** Where tranche money comes from (the EPF, windfall proceeds, a national budget), with what it held at the start. */
public record Pool(String id, String title, String source, Money opening) {
    public Pool {
        Objects.requireNonNull(id, "id");
        title = title == null ? id : title;
        source = source == null ? "" : source;
        opening = opening == null ? Money.ZERO : opening;
    }
}
