package org.aidsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aidsim.model.Disbursement;
import org.aidsim.model.PoolState;
import org.aidsim.model.ScenarioResult;
import org.aidsim.model.TimelineStep;
import org.aidsim.model.TrancheResult;
import org.aidsim.model.TrancheStatus;
import org.aidsim.model.Verdict;

/** The money part of the text report: the timeline's changes, the disbursement schedule and the pool balances. */
final class DisbursementText {
    private DisbursementText() {
    }

    static void render(ScenarioResult result, StringBuilder out) {
        if (!result.scenario().disbursement().hasMoney() && result.disbursement().steps().size() < 2) {
            return;
        }
        Disbursement d = result.disbursement();
        out.append("\n  timeline, ").append(d.steps().size()).append(d.steps().size() == 1 ? " date" : " dates")
                .append(" to ").append(d.asOf()).append(":\n");
        TimelineStep before = null;
        for (TimelineStep step : d.steps()) {
            List<String> changes = changes(before, step);
            if (!changes.isEmpty()) {
                out.append("    ").append(step.date()).append("  ").append(String.join("; ", changes)).append('\n');
            }
            before = step;
        }
        if (!d.last().tranches().isEmpty()) {
            out.append("\n  disbursement schedule as of ").append(d.asOf()).append(":\n");
            Table schedule = new Table("PACKAGE", "TRANCHE", "DATE", "AMOUNT", "STATUS", "REASON");
            for (TrancheResult t : d.last().tranches()) {
                schedule.row(t.packageId(), t.id(), t.date() == null ? "-" : t.date().toString(), t.tranche().amount().human(),
                        t.status().name(), String.join("; ", t.reasons()));
            }
            out.append(schedule.render("  "));
        }
        if (!d.last().pools().isEmpty()) {
            out.append("\n  pool balances as of ").append(d.asOf()).append(":\n");
            Table pools = new Table("POOL", "INFLOWS", "RELEASED", "BALANCE", "TITLE");
            for (PoolState p : d.last().pools()) {
                pools.row(p.id(), p.inflows().human(), p.released().human(), p.balance().human(), p.pool().title());
            }
            out.append(pools.render("  "));
        }
    }

    /** What changed on a date: coalitions and packages that moved, tranches paid, pools that received money. */
    private static List<String> changes(TimelineStep before, TimelineStep now) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Boolean> c : now.coalitionsActive().entrySet()) {
            Boolean was = before == null ? null : before.coalitionsActive().get(c.getKey());
            if (!c.getValue().equals(was)) {
                out.add("coalition " + c.getKey() + (c.getValue() ? " active" : " not active"));
            }
        }
        for (Map.Entry<String, Verdict> v : now.verdicts().entrySet()) {
            Verdict was = before == null ? null : before.verdicts().get(v.getKey());
            if (was != v.getValue()) {
                out.add(v.getKey() + " " + (was == null ? "" : was.word() + " -> ") + v.getValue().word());
            }
        }
        for (TrancheResult t : now.tranches()) {
            if (t.status() == TrancheStatus.RELEASED && now.date().equals(t.date())) {
                out.add("paid " + t.packageId() + "/" + t.id() + " " + t.tranche().amount().human() + " from " + t.tranche().poolId());
            }
        }
        for (PoolState p : now.pools()) {
            PoolState was = before == null ? null : before.pools().stream().filter(q -> q.id().equals(p.id())).findFirst().orElse(null);
            if (was != null && !was.inflows().equals(p.inflows())) {
                out.add(p.id() + " received " + p.inflows().minusOrZero(was.inflows()).human());
            }
        }
        return out;
    }
}
