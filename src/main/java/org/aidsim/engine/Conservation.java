package org.aidsim.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.aidsim.model.Money;
import org.aidsim.model.Pool;
import org.aidsim.model.PoolBalance;
import org.aidsim.model.PoolState;
import org.aidsim.model.Release;
import org.aidsim.model.Scenario;
import org.aidsim.model.Tranche;

/**
 * The invariant of the money side, checked on every date of a timeline: for every pool, what it received (opening
 * money and inflows) equals what it paid out (releases, inflows passed on) plus its balance; the rules' own
 * balance agrees; no tranche is paid twice or paid a different amount. A violation is a {@link RunException}.
 */
final class Conservation {
    private Conservation() {
    }

    /**
     * @param ledger   the session's inflows and outflows, summed per pool
     * @param balances the rules' balances, in any order
     * @param releases the session's releases, in any order: a violation is named as if they were sorted by their text
     */
    static List<PoolState> check(Scenario scenario, LocalDate date, List<Pool> pools, PoolLedger ledger,
                                 List<PoolBalance> balances, List<Release> releases) {
        checkReleases(scenario, date, releases);
        List<PoolState> out = new ArrayList<>();
        for (Pool pool : pools) {
            Money in = pool.opening().plus(ledger.received(pool.id()));
            Money paid = ledger.paidOut(pool.id());
            List<PoolBalance> derived = balances.stream().filter(b -> b.poolId().equals(pool.id())).toList();
            if (paid.compareTo(in) > 0) {
                throw violation(scenario, date, pool, "paid out " + paid.plain() + " EUR but received only " + in.plain() + " EUR");
            }
            Money left = in.minusOrZero(paid);
            if (derived.size() != 1 || !derived.get(0).received().equals(in) || !derived.get(0).paidOut().equals(paid)) {
                derived = SessionFacts.sortedByText(derived);
                throw violation(scenario, date, pool, "the rules' balance " + derived.stream().map(b -> b.balance().plain() + " EUR").toList()
                        + " disagrees with inflows " + in.plain() + " EUR = released " + paid.plain() + " EUR + balance " + left.plain() + " EUR");
            }
            out.add(new PoolState(pool, in, paid, left));
        }
        return out;
    }

    private static void checkReleases(Scenario scenario, LocalDate date, List<Release> releases) {
        Map<String, Tranche> tranches = new HashMap<>();
        scenario.disbursement().tranches().forEach(t -> tranches.put(PairKey.of(t.packageId(), t.id()), t));
        if (firstViolation(scenario, date, tranches, releases) != null) {
            // Writing out every release to sort it is the dearest part of a date: do it only to name the first violation.
            throw firstViolation(scenario, date, tranches, SessionFacts.sortedByText(releases));
        }
    }

    private static RunException firstViolation(Scenario scenario, LocalDate date, Map<String, Tranche> tranches,
                                               List<Release> releases) {
        TreeSet<String> seen = new TreeSet<>();
        for (Release r : releases) {
            Tranche t = tranches.get(PairKey.of(r.packageId(), r.trancheId()));
            String name = r.packageId() + "/" + r.trancheId();
            if (!seen.add(PairKey.of(r.packageId(), r.trancheId()))) {
                return new RunException(scenario.file() + ": money is not conserved on " + date + ": tranche " + name
                        + " was released twice; a release rule must not match a tranche already paid");
            }
            if (t == null || !t.amount().equals(r.amount()) || !t.poolId().equals(r.poolId())) {
                return new RunException(scenario.file() + ": money is not conserved on " + date + ": release of " + name
                        + " (" + r.amount().plain() + " EUR from " + r.poolId() + ") does not match the tranche the scenario declares");
            }
        }
        return null;
    }

    private static RunException violation(Scenario scenario, LocalDate date, Pool pool, String what) {
        return new RunException(scenario.file() + ": money is not conserved in pool " + pool.id() + " on " + date
                + ": " + what + "; check the rules in rules/disbursement/");
    }
}
