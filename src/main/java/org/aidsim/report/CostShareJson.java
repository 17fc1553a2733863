package org.aidsim.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.aidsim.model.CostShareRule;
import org.aidsim.model.PackageResult;

/**
 * A package's {@code "costShares"} in the JSON of {@code run}, present only when the package declares
 * {@code cost-shares}: {"key", "year", "source", "adopted", "amount", "paid": {CODE: euros}, "exempt": [CODE],
 * "redirectTo", "redirected": {CODE: euros}}. Amounts are exact decimal strings in euros; "paid" adds up to
 * "amount" exactly ({@link org.aidsim.model.CostShares}); a package not adopted pays nobody ("paid" empty).
 */
final class CostShareJson {
    private CostShareJson() {
    }

    static Map<String, Object> of(PackageResult p) {
        CostShareRule rule = p.aidPackage().costShares();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", rule.key().id());
        out.put("year", rule.key().year());
        out.put("source", rule.key().source());
        out.put("adopted", p.passed());
        out.put("amount", p.aidPackage().amount().plain());
        Map<String, String> paid = new TreeMap<>();
        Map<String, String> redirected = new TreeMap<>();
        java.util.List<String> exempt = new java.util.ArrayList<>();
        p.costShares().ifPresent(shares -> {
            shares.paid().forEach((m, money) -> paid.put(m.code(), money.plain()));
            shares.redirected().forEach((m, money) -> redirected.put(m.code(), money.plain()));
            shares.exempt().forEach(m -> exempt.add(m.code()));
        });
        out.put("paid", paid);
        out.put("exempt", exempt);
        out.put("redirectTo", rule.redirectTo());
        out.put("redirected", redirected);
        return out;
    }

    /** Whether the package's JSON carries "costShares". */
    static boolean declared(PackageResult p) {
        return p.aidPackage().costShares() != null && p.aidPackage().amount() != null;
    }
}
