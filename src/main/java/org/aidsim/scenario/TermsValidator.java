package org.aidsim.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.aidsim.model.AidPackage;
import org.aidsim.model.CountryCode;
import org.aidsim.model.DecisionRule;
import org.aidsim.model.Institutions;
import org.aidsim.model.TreatyOptOut;

/**
 * Checks the package fields by which the treaties shape who votes: {@code concerned} (Art. 7 TEU, Art. 354 TFEU),
 * {@code area} (treaty opt-outs, rules/reference/opt-outs.yaml), {@code enhanced-cooperation} (Art. 20 TEU) and
 * {@code no-opinion-blocks} (Regulation (EU) No 182/2011, Art. 5(4)). Each thing wrong is a located problem (exit 3).
 */
final class TermsValidator {
    private static final String EXAMINATION = "examination";

    private final Institutions institutions;
    private final Problems problems;
    private final LocalDate date;

    TermsValidator(Institutions institutions, Problems problems, LocalDate date) {
        this.institutions = institutions;
        this.problems = problems;
        this.date = date;
    }

    /**
     * The package's terms, or empty after adding a problem for each thing wrong.
     *
     * @param written the members whose positions the package writes (null for {@code default})
     */
    Optional<AidPackage.Terms> terms(ScenarioDocument.PackageDocument p, FieldPath at, String forum, DecisionRule rule,
                                     boolean cfsp, List<CountryCode> seats, Set<CountryCode> written) {
        int before = problems.size();
        boolean eu = institutions.forum(forum).map(f -> "eu".equals(f.roster())).orElse(false);
        CountryCode concerned = concerned(p.concerned(), at.field("concerned"), forum, eu, seats);
        String area = p.area();
        Map<CountryCode, String> outside = new TreeMap<>();
        if (area != null) {
            List<String> areas = institutions.optOutAreas();
            if (!areas.contains(area)) {
                problems.add(at.field("area"), "unknown area '" + area + "'; areas with treaty opt-outs: "
                        + (areas.isEmpty() ? "none" : String.join(", ", areas)) + " (" + institutions.cite("reference/opt-outs.yaml") + ")");
            } else if (!eu) {
                problems.add(at.field("area"), "area names an EU policy area with treaty opt-outs; forum " + forum
                        + " is not an EU forum (eu-council, european-council)");
            } else {
                for (Map.Entry<CountryCode, TreatyOptOut> e : institutions.optOutsIn(area, date).entrySet()) {
                    if (seats.contains(e.getKey())) {
                        outside.put(e.getKey(), e.getValue().protocol());
                    }
                }
            }
        }
        if (concerned != null && outside.containsKey(concerned)) {
            problems.add(at.field("concerned"), concerned + " is outside " + area + " decisions by " + outside.get(concerned)
                    + " on " + date + ", so it cannot also be the member concerned");
        }
        boolean enhanced = Boolean.TRUE.equals(p.enhancedCooperation());
        if (enhanced && !eu) {
            problems.add(at.field("enhanced-cooperation"), "enhanced cooperation (Art. 20 TEU) is among EU members;"
                    + " forum " + forum + " is not an EU forum (eu-council, european-council)");
        }
        if (enhanced && "mandatory".equals(p.participation())) {
            problems.add(at.field("participation"), "an enhanced cooperation is voluntary: the members that opt out are"
                    + " the ones not participating (Art. 20 TEU); drop participation: mandatory");
        }
        boolean noOpinionBlocks = Boolean.TRUE.equals(p.noOpinionBlocks());
        if (p.noOpinionBlocks() != null && !EXAMINATION.equals(rule.word())) {
            problems.add(at.field("no-opinion-blocks"), "no-opinion-blocks belongs to the rule examination"
                    + " (Regulation (EU) No 182/2011, Art. 5(4)); this package is decided by " + rule);
        }
        for (CountryCode m : written) {
            if (m != null && (m.equals(concerned) || outside.containsKey(m))) {
                problems.addAtKey(at.field("positions").field(m.code()), doesNotVote(m, concerned, outside.get(m), area));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new AidPackage.Terms(concerned, area, outside, enhanced, noOpinionBlocks));
    }

    /** Why a member's position cannot be written: it is the member concerned, or outside by treaty. */
    static String doesNotVote(CountryCode member, CountryCode concerned, String outsideBy, String area) {
        if (member.equals(concerned)) {
            return member + " is the member concerned (concerned: " + member + "): it does not vote and is not counted"
                    + " (Art. 354 TFEU); remove its position";
        }
        return member + " is outside " + area + " decisions by " + outsideBy + " on this date: it does not vote and is"
                + " not counted; remove its position";
    }

    private CountryCode concerned(String written, FieldPath at, String forum, boolean eu, List<CountryCode> seats) {
        if (written == null) {
            return null;
        }
        if (!eu) {
            problems.add(at, "concerned names the member an Article 7 TEU procedure concerns; forum " + forum
                    + " is not an EU forum (eu-council, european-council)");
            return null;
        }
        Optional<CountryCode> code = ScenarioValidator.country(problems, institutions, written, at);
        if (code.isEmpty()) {
            return null;
        }
        if (!seats.contains(code.get())) {
            problems.add(at, code.get() + " is not a member of " + forum + " on " + date + ", so it cannot be the member"
                    + " concerned; members then: " + String.join(" ", seats.stream().map(CountryCode::code).toList()));
            return null;
        }
        return code.get();
    }
}
