package org.aidsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import org.aidsim.model.DecisionRule;

/**
 * What a package may not say in the forums beyond the Council: in a national ratification no member can abstain
 * constructively or stay out (each approves by its own procedure, Art. 311 TFEU, Art. 48(4) TEU), and a declaration
 * issued outside the treaties commits no money (it is no decision of any forum that could spend it).
 */
final class ForumLimits {
    private ForumLimits() {
    }

    /** False after a problem for each thing the package says that its rule gives no meaning to. */
    static boolean fits(Problems problems, ScenarioDocument.PackageDocument p, DecisionRule rule, FieldPath at) {
        boolean ok = true;
        if (rule.equals(DecisionRule.RATIFICATION) && p.positions() != null) {
            for (Map.Entry<String, JsonNode> e : p.positions().entrySet()) {
                Optional<String> why = refusedInRatification(e.getValue());
                if (why.isPresent()) {
                    problems.add(at.field("positions").field(e.getKey()), why.get());
                    ok = false;
                }
            }
        }
        if (rule.equals(DecisionRule.DECLARATION)) {
            if (p.amount() != null && !p.amount().isNull()) {
                problems.add(at.field("amount"), NO_MONEY);
                ok = false;
            }
            if (p.tranches() != null && !p.tranches().isEmpty()) {
                problems.add(at.field("tranches"), NO_MONEY);
                ok = false;
            }
        }
        return ok;
    }

    static final String NO_MONEY = "a declaration issued outside the treaties commits no money: it is no decision of"
            + " any forum, binds only its signatories' words, and no budget line or pool follows from it; write the money"
            + " as a package of the forum that decides it (eu-council, a national pledge, a coalition)";

    /** Why a position has no meaning in a national ratification, if it has none. */
    static Optional<String> refusedInRatification(JsonNode value) {
        String word = value != null && value.isTextual() ? value.asText() : "";
        if (word.equals("constructive-abstain")) {
            return Optional.of("constructive abstention does not exist in a national ratification: each member approves"
                    + " by its own procedure or the act does not enter into force (Art. 311 TFEU); write support,"
                    + " oppose, or abstain or absent for a ratification still pending");
        }
        if (word.equals("opt-out")) {
            return Optional.of("no member can stay out of a national ratification: the act enters into force only once"
                    + " every member has approved it (Art. 311 TFEU); write support, oppose, or abstain or absent for"
                    + " a ratification still pending");
        }
        return Optional.empty();
    }
}
