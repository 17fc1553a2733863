package org.aidsim.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A validated scenario: the facts the rules will see (packages, stances, conditions, coalitions and their declared
 * member entries), what the file expects of the run, and notes on the
 * reference data used (such as which year's population figures).
 *
 * @param parameters what-if values of rules/parameters.yaml ({@code parameters:} in the file, {@code --set
 *                   parameters.PATH=VALUE}), by path, each in force on every date; checked against the rules folder
 */
public record Scenario(
        String file,
        String name,
        LocalDate date,
        String description,
        List<String> sources,
        List<AidPackage> packages,
        List<Stance> stances,
        List<Condition> conditions,
        Map<String, Expectation> expectations,
        List<String> notes,
        List<Coalition> coalitions,
        List<MembershipClaim> claims,
        Map<String, Expectation> coalitionExpectations,
        DisbursementPlan disbursement,
        Map<String, String> parameters,
        Links links,
        List<Stage> stages) {

    /** A scenario whose packages are not linked to each other and are each one decision (no {@code stages:}). */
    public Scenario(String file, String name, LocalDate date, String description, List<String> sources,
                    List<AidPackage> packages, List<Stance> stances, List<Condition> conditions,
                    Map<String, Expectation> expectations, List<String> notes, List<Coalition> coalitions,
                    List<MembershipClaim> claims, Map<String, Expectation> coalitionExpectations,
                    DisbursementPlan disbursement, Map<String, String> parameters) {
        this(file, name, date, description, sources, packages, stances, conditions, expectations, notes, coalitions,
                claims, coalitionExpectations, disbursement, parameters, Links.NONE, List.of());
    }

    /** A scenario that keeps the rules folder's parameters as they are. */
    public Scenario(String file, String name, LocalDate date, String description, List<String> sources,
                    List<AidPackage> packages, List<Stance> stances, List<Condition> conditions,
                    Map<String, Expectation> expectations, List<String> notes, List<Coalition> coalitions,
                    List<MembershipClaim> claims, Map<String, Expectation> coalitionExpectations,
                    DisbursementPlan disbursement) {
        this(file, name, date, description, sources, packages, stances, conditions, expectations, notes, coalitions,
                claims, coalitionExpectations, disbursement, Map.of());
    }

    public Scenario {
        sources = List.copyOf(sources);
        packages = List.copyOf(packages);
        stances = List.copyOf(stances);
        conditions = List.copyOf(conditions);
        expectations = new TreeMap<>(expectations);
        notes = List.copyOf(notes);
        coalitions = List.copyOf(coalitions);
        claims = List.copyOf(claims);
        coalitionExpectations = new TreeMap<>(coalitionExpectations);
        disbursement = disbursement == null ? DisbursementPlan.none(date) : disbursement;
        parameters = new TreeMap<>(parameters);
        links = links == null ? Links.NONE : links;
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    /** The stages of a package decided in stages, in the order written; empty for a one-decision package. */
    public List<Stage> stagesOf(String packageId) {
        return stages.stream().filter(s -> s.packageId().equals(packageId)).toList();
    }

    /** Whether the package is decided in stages (a renewal alone does not make it so: it is decided once, then renewed). */
    public boolean isStaged(String packageId) {
        return stages.stream().anyMatch(s -> s.packageId().equals(packageId) && s.procedure());
    }

    /** True when the file states expectations of packages or coalitions. */
    public boolean hasExpectations() {
        return !expectations.isEmpty() || !coalitionExpectations.isEmpty();
    }

    /** The notes on old field spellings in the expect block, one line each, in the order read. */
    public List<String> expectationNotes() {
        return Stream.of(expectations.values(), coalitionExpectations.values(), disbursement.poolExpectations().values())
                .flatMap(Collection::stream).flatMap(e -> e.notes().stream()).toList();
    }

    public Optional<AidPackage> aidPackage(String id) {
        return packages.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The same scenario with other declared positions: how what-if profiles are run through a fresh session. */
    /** The same scenario with another money side. */
    public Scenario withDisbursement(DisbursementPlan changed) {
        return new Scenario(file, name, date, description, sources, packages, stances, conditions, expectations, notes,
                coalitions, claims, coalitionExpectations, changed, parameters, links, stages);
    }

    public Scenario withStances(List<Stance> changed) {
        return new Scenario(file, name, date, description, sources, packages, changed, conditions, expectations, notes,
                coalitions, claims, coalitionExpectations, disbursement, parameters, links, stages);
    }

    public List<Stance> stancesOn(String packageId) {
        return stances.stream().filter(s -> s.packageId().equals(packageId)).toList();
    }
}
