package se.stegvis.intervention;

import java.util.ArrayList;
import java.util.List;

/** Request bodies for the intervention endpoints. */
final class Interventions {

    static final String JOB_SEARCH_COACHING = "10000000-0000-0000-0000-000000000001";
    static final String WORK_TRAINING = "10000000-0000-0000-0000-000000000002";
    static final String PHYSIOTHERAPY = "10000000-0000-0000-0000-000000000012";
    static final String HOUSING_SUPPORT = "10000000-0000-0000-0000-000000000020";
    /** Västra Götalandsregionen, primärvården. */
    static final String VGR = "40000000-0000-0000-0000-000000000006";

    private Interventions() {
    }

    /** A body; each pair is a field name and its JSON value (already quoted where needed). */
    static String body(String typeId, String startDate, String status, String... more) {
        List<String> fields = new ArrayList<>();
        fields.add("\"typeId\":\"" + typeId + "\"");
        fields.add("\"startDate\":\"" + startDate + "\"");
        fields.add("\"status\":\"" + status + "\"");
        for (int i = 0; i + 1 < more.length; i += 2) {
            fields.add("\"" + more[i] + "\":" + more[i + 1]);
        }
        return "{" + String.join(",", fields) + "}";
    }

    static String q(String s) {
        return "\"" + s + "\"";
    }
}
