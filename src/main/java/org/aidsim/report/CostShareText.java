package org.aidsim.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.aidsim.model.CostShareRule;
import org.aidsim.model.CostShares;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Money;
import org.aidsim.model.PackageResult;
import org.aidsim.model.ScenarioResult;

/**
 * The text report's "cost shares" block: for each package that declares {@code cost-shares}, what each member pays
 * (exact euros, and its share of the amount cut to two decimals of a percent), who is exempt and where an exempt
 * member's share goes. Nothing when no package declares cost shares.
 */
final class CostShareText {
    private CostShareText() {
    }

    static void render(ScenarioResult result, StringBuilder out) {
        for (PackageResult p : result.packages()) {
            CostShareRule rule = p.aidPackage().costShares();
            if (rule == null) {
                continue;
            }
            out.append("\n  cost shares of ").append(p.id()).append(", ").append(euros(p.aidPackage().amount()))
                    .append(" by key ").append(rule.key().id()).append(" (").append(rule.key().year()).append("):\n");
            if (p.costShares().isEmpty()) {
                out.append("    not adopted: nobody pays\n");
                continue;
            }
            CostShares shares = p.costShares().get();
            Table table = new Table("MEMBER", "PAYS", "SHARE");
            shares.paid().forEach((member, paid) -> table.row(member.code(), euros(paid), percent(paid, shares.amount())));
            out.append(table.render("    "));
            out.append("    total ").append(euros(shares.total())).append(", the amount exactly\n");
            if (!shares.exempt().isEmpty()) {
                out.append("    exempt, paying nothing into ").append(p.id()).append(": ").append(TextReporter.codes(shares.exempt()))
                        .append("; the others cover the whole amount by their weights\n");
            }
            for (Map.Entry<CountryCode, Money> e : shares.redirected().entrySet()) {
                out.append("    redirected: ").append(e.getKey()).append(" pays its share, ").append(euros(e.getValue()))
                        .append(", into ").append(rule.redirectTo()).append(" instead\n");
            }
            out.append("    key: ").append(rule.key().source()).append('\n');
        }
    }

    /** An exact amount to the cent with thousands separators: "EUR 84,012,345.67". */
    static String euros(Money money) {
        return "EUR " + Money.grouped(money.euros(), 2);
    }

    /** {@code part} of {@code whole} in percent, cut toward zero to two decimals, so it never reads as more than it is. */
    private static String percent(Money part, Money whole) {
        if (whole.isZero()) {
            return "-";
        }
        BigDecimal pct = part.euros().multiply(BigDecimal.valueOf(100)).divide(whole.euros(), 2, RoundingMode.DOWN);
        return pct.toPlainString() + "%";
    }
}
