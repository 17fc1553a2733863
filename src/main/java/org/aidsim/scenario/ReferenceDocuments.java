package org.aidsim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The data files of a rules folder, as written: parameters.yaml and reference/*.yaml. */
final class ReferenceDocuments {
    private ReferenceDocuments() {
    }

    record Parameters(ThresholdsDoc thresholds, Map<String, ForumDoc> forums, ForumDoc national, ForumDoc coalition) {
    }

    record ThresholdsDoc(QmvDoc qmv, @JsonProperty("reinforced-qmv") PairDoc reinforcedQmv,
                         @JsonProperty("constructive-abstention") PairDoc constructiveAbstention) {
    }

    record QmvDoc(String members, @JsonProperty("minimum-members") Integer minimumMembers, String population,
                  @JsonProperty("blocking-minority-members") Integer blockingMinorityMembers) {
    }

    record PairDoc(String members, String population) {
    }

    /** A forum; national and coalition use it without roster and quorum. */
    record ForumDoc(String title, String roster, @JsonProperty("default-rule") String defaultRule, List<String> rules,
                    String quorum) {
    }

    record RosterDoc(String title, String source, @JsonProperty("valid-from") String validFrom,
                     @JsonProperty("valid-from-reason") String validFromReason, Map<String, String> members,
                     Map<String, PopulationDoc> populations) {
    }

    record PopulationDoc(String unit, String source, Map<String, Long> figures) {
    }
}
