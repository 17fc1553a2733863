package org.aidsim.report;

import java.util.List;

/**
 * What a command found, in the shapes {@link OutputFormat} and format files render: the text a person reads, the
 * JSON documents a program reads, and for a table of counts its CSV rows. Commands build one and hand it to a
 * renderer; they never write text or JSON themselves.
 */
public interface Report {
    /** The text report, lines ending in a newline. */
    String text();

    /**
     * The JSON documents, in the order printed: one per scenario file for {@code run}, one for the other commands.
     * Each is built of ordered maps, lists, strings, numbers, booleans and nulls, so its field order is the order printed.
     */
    List<?> documents();

    /**
     * The JSON Lines records, one line each: by default the documents; a report whose JSON form is one summary
     * document (test, check) gives one record per scenario file instead.
     */
    default List<?> lines() {
        return documents();
    }

    /** The rows as CSV with a header line, for a report that is a table; only asked of commands that offer csv. */
    default String csv() {
        throw new UnsupportedOperationException("this report has no CSV form");
    }
}
