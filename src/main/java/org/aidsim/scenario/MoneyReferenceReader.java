package org.aidsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aidsim.model.CostKey;
import org.aidsim.model.CountryCode;
import org.aidsim.model.MoneyReference;
import org.aidsim.model.RateTable;

/**
 * Reads a rules folder's money reference data: {@code reference/rates/ecb.yaml} (euro reference rates by date and
 * currency) and every {@code reference/cost-shares/ID.yaml} (a contribution key). Either may be missing: a rules
 * folder without them reads amounts in euros only and knows no keys. Numbers follow {@link NumberForms}.
 */
final class MoneyReferenceReader {
    /** The rate file a message names. */
    static final String RATES = "reference/rates/ecb.yaml";
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private MoneyReferenceReader() {
    }

    /** {@code rules/reference/rates/ecb.yaml}: {title, source, rates: {DATE: {CURRENCY: units per euro}}}. */
    record RatesDoc(String title, String source, Map<String, Map<String, JsonNode>> rates) {
    }

    /** {@code rules/reference/cost-shares/ID.yaml}: {title, year, source, weights: {CODE: number}}. */
    record KeyDoc(String title, Integer year, String source, Map<String, JsonNode> weights) {
    }

    static MoneyReference read(Path rulesDir, Set<CountryCode> countries) {
        Path reference = rulesDir.resolve("reference");
        RateTable rates = Files.isRegularFile(reference.resolve("rates").resolve("ecb.yaml"))
                ? rates(reference.resolve("rates").resolve("ecb.yaml")) : RateTable.EMPTY;
        Map<String, CostKey> keys = new TreeMap<>();
        Path keyDir = reference.resolve("cost-shares");
        if (Files.isDirectory(keyDir)) {
            try (Stream<Path> files = Files.list(keyDir)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                    String id = f.getFileName().toString().replaceFirst("\\.yaml$", "");
                    keys.put(id, key(id, f, countries));
                }
            } catch (IOException e) {
                throw new InputException(Problem.ofFile(keyDir, "cannot be read: " + e.getMessage()));
            }
        }
        return new MoneyReference(rates, keys);
    }

    private static RateTable rates(Path file) {
        DocumentReader.Tree tree = DocumentReader.read(file);
        RatesDoc doc = tree.bind(RatesDoc.class);
        Problems problems = new Problems(tree);
        FieldPath at = FieldPath.ROOT.field("rates");
        Map<String, NavigableMap<LocalDate, BigDecimal>> byCurrency = new TreeMap<>();
        if (doc.source() == null || doc.source().isBlank()) {
            problems.add(FieldPath.ROOT.field("source"), "say where the rates come from (the ECB's page and the dates copied)");
        }
        (doc.rates() == null ? Map.<String, Map<String, JsonNode>>of() : doc.rates()).forEach((day, byCode) -> {
            LocalDate date;
            try {
                date = LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                problems.addAtKey(at.field(day), "'" + day + "' is not a date; expected YYYY-MM-DD, the day the rates were published");
                return;
            }
            (byCode == null ? Map.<String, JsonNode>of() : byCode).forEach((code, value) -> {
                FieldPath here = at.field(day).field(code);
                if (!CURRENCY.matcher(code).matches() || "EUR".equals(code)) {
                    problems.addAtKey(here, "'" + code + "' is not a currency code other than EUR; expected three capital letters such as USD");
                    return;
                }
                positive(value, here, problems, "a rate is the number of units of " + code + " one euro buys, such as 1.0686")
                        .ifPresent(rate -> byCurrency.computeIfAbsent(code, c -> new TreeMap<>()).put(date, rate));
            });
        });
        problems.throwIfAny();
        return new RateTable(doc.source(), byCurrency);
    }

    private static CostKey key(String id, Path file, Set<CountryCode> countries) {
        DocumentReader.Tree tree = DocumentReader.read(file);
        KeyDoc doc = tree.bind(KeyDoc.class);
        Problems problems = new Problems(tree);
        if (doc.year() == null) {
            problems.add(FieldPath.ROOT.field("year"), "a key needs the year its figures describe, such as 2022");
        }
        if (doc.source() == null || doc.source().isBlank()) {
            problems.add(FieldPath.ROOT.field("source"), "say where the key's figures come from (a citation with its URL)");
        }
        Map<CountryCode, BigDecimal> weights = new TreeMap<>();
        if (doc.weights() == null || doc.weights().isEmpty()) {
            problems.add(FieldPath.ROOT.field("weights"), "a key needs weights: each member's share, such as { DE: 24.2, FR: 17.1 }");
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = doc.weights().entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                FieldPath here = FieldPath.ROOT.field("weights").field(e.getKey());
                if (!CountryCode.isWellFormed(e.getKey()) || !countries.contains(CountryCode.of(e.getKey()))) {
                    problems.addAtKey(here, "unknown country code '" + e.getKey() + "'; add it to reference/countries.yaml first");
                    continue;
                }
                positive(e.getValue(), here, problems, "a weight is a positive number, such as 2.4567 (a percentage) or 8950 (people)")
                        .ifPresent(w -> weights.put(CountryCode.of(e.getKey()), w));
            }
        }
        problems.throwIfAny();
        return new CostKey(id, doc.title(), doc.year(), doc.source(), weights);
    }

    private static java.util.Optional<BigDecimal> positive(JsonNode value, FieldPath at, Problems problems, String expected) {
        if (value == null || !(value.isNumber() || value.isTextual())) {
            problems.add(at, expected);
            return java.util.Optional.empty();
        }
        NumberForms.Read read = NumberForms.read(value.isNumber() ? value.decimalValue().toPlainString() : value.asText().trim());
        if (read.error() != null) {
            problems.add(at, read.error());
            return java.util.Optional.empty();
        }
        if (read.value().signum() <= 0) {
            problems.add(at, "'" + value.asText() + "' is not positive; " + expected);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(read.value());
    }
}
