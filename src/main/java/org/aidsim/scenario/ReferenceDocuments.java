package org.aidsim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** The data files of a rules folder, as written: parameters.yaml and reference/*.yaml. */
final class ReferenceDocuments {
    private ReferenceDocuments() {
    }

    /** parameters.yaml; the parameter tree is read node by node, since its keys are the parameters' own names. */
    record Parameters(JsonNode parameters, Map<String, ForumDoc> forums, ForumDoc national, ForumDoc coalition) {
    }

    /** A forum; national and coalition use it without roster and quorum. */
    record ForumDoc(String title, String roster, @JsonProperty("default-rule") String defaultRule, List<String> rules,
                    String quorum) {
    }

    record RosterDoc(String title, String source, @JsonProperty("valid-from") String validFrom,
                     @JsonProperty("valid-from-reason") String validFromReason, Map<String, String> members,
                     Map<String, PopulationDoc> populations, Map<String, Long> weights) {
    }

    record PopulationDoc(String unit, String source, Map<String, Long> figures) {
    }

    /** reference/opt-outs.yaml: treaty opt-outs by member, policy area and dates. */
    record OptOutsDoc(@JsonProperty("opt-outs") List<OptOutDoc> optOuts) {
    }

    record OptOutDoc(String member, String area, String protocol, String from, String until, String source) {
    }
}
