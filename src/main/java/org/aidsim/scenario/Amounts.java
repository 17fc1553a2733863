package org.aidsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aidsim.model.Institutions;
import org.aidsim.model.Money;
import org.aidsim.model.Rate;
import org.aidsim.model.RateTable;

/**
 * Reads the amounts of one scenario that may be written in another currency (a package's amount, a pool's opening,
 * inflows, tranches) and converts them to euros at the ECB reference rate in force on the date each applies to (see
 * {@link RateTable}: the latest published on or before it, at most {@link RateTable#MAX_AGE_DAYS} days old), rounded
 * to the cent as {@link Rate#toEuros} says. Each conversion becomes a note, so reports say which rate was used; a
 * currency or date with no rate is a problem at the field.
 */
final class Amounts {
    private final Problems problems;
    private final Institutions institutions;
    private final LocalDate date;
    private final List<String> notes = new ArrayList<>();

    /** Amounts of a scenario dated {@code date}, converted with the rules folder's rates. */
    Amounts(Problems problems, Institutions institutions, LocalDate date) {
        this.problems = problems;
        this.institutions = institutions;
        this.date = date;
    }

    /** An amount that applies on the scenario's date (a package's amount, a pool's opening, a tranche). */
    Optional<Money> read(JsonNode node, FieldPath at) {
        return read(node, at, date);
    }

    /** An amount that applies on {@code on} (an inflow on its date), in euros. */
    Optional<Money> read(JsonNode node, FieldPath at, LocalDate on) {
        MoneyParser.Result result = MoneyParser.parse(node);
        if (result.error() != null) {
            problems.add(at, result.error());
            return Optional.empty();
        }
        if (result.foreign().isEmpty()) {
            return result.money();
        }
        MoneyParser.Foreign f = result.foreign().get();
        RateTable rates = institutions.money().rates();
        String file = institutions.cite(MoneyReferenceReader.RATES);
        if (!rates.knows(f.currency())) {
            problems.add(at, "'" + f.written() + "': " + file + " has no " + f.currency() + " rate"
                    + (rates.rates().isEmpty() ? " (it has no rates)" : "; currencies with rates: "
                    + String.join(", ", rates.rates().keySet()))
                    + "; add the ECB's rates for " + f.currency() + " there, or write the amount in EUR");
            return Optional.empty();
        }
        Optional<Rate> rate = rates.inForceOn(f.currency(), on);
        if (rate.isEmpty()) {
            String nearest = rates.latestOnOrBefore(f.currency(), on)
                    .map(r -> "the latest before it is of " + r.date() + ", more than " + RateTable.MAX_AGE_DAYS + " days earlier")
                    .orElse("the earliest is of " + rates.rates().get(f.currency()).firstKey());
            problems.add(at, "'" + f.written() + "': " + file + " has no " + f.currency() + " rate published on " + on
                    + " or in the " + RateTable.MAX_AGE_DAYS + " days before (" + nearest + "); add the ECB's rate of "
                    + on + " (or the last working day before it) there");
            return Optional.empty();
        }
        Money euros = rate.get().toEuros(f.amount());
        String note = at + ": " + f.currency() + " " + Money.grouped(f.amount(), 0) + " = EUR " + Money.grouped(euros.euros(), 2)
                + " at the ECB reference rate of " + rate.get().date() + " (1 EUR = " + rate.get().unitsPerEuro().toPlainString()
                + " " + f.currency() + "), rounded to the cent";
        notes.add(note);
        return Optional.of(euros);
    }

    /** One note per amount converted, in the order read: what was written, the euros, and the rate used. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    /** Why an amount in another currency cannot be written in a field that is read in euros only. */
    static String notConverted(MoneyParser.Foreign f) {
        return "'" + f.written() + "' is in " + f.currency() + ", but this field is read in euros only (the amounts of"
                + " packages, pools, inflows and tranches are converted at a dated rate; expectations, pledges and"
                + " targets are not); write the amount in EUR";
    }
}
