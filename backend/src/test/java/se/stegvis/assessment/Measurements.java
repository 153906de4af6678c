package se.stegvis.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Request bodies for createAssessment, written so that each value can be read off the test. */
final class Measurements {

    static final String BIP11 = "20000000-0000-0000-0000-000000000001";
    static final String SKAPA = "20000000-0000-0000-0000-000000000002";
    static final String WELLBEING = "20000000-0000-0000-0000-000000000003";

    private Measurements() {
    }

    /** One rating; null leaves the rater's value out. */
    static String r(String itemKey, Integer participant, Integer coordinator) {
        List<String> fields = new ArrayList<>();
        fields.add("\"itemKey\":\"" + itemKey + "\"");
        if (participant != null) {
            fields.add("\"participant\":" + participant);
        }
        if (coordinator != null) {
            fields.add("\"coordinator\":" + coordinator);
        }
        return "{" + String.join(",", fields) + "}";
    }

    static String body(String instrumentId, String assessedOn, String... ratings) {
        StringJoiner list = new StringJoiner(",", "[", "]");
        for (String r : ratings) {
            list.add(r);
        }
        return "{\"instrumentId\":\"" + instrumentId + "\",\"assessedOn\":\"" + assessedOn + "\",\"ratings\":" + list + "}";
    }

    static String bip(String assessedOn, String... ratings) {
        return body(BIP11, assessedOn, ratings);
    }

    /**
     * A full BIP-11 measurement: the participant rates the nine items given to them, the
     * coordinator all eleven. Participant values 3, coordinator values 4, except job_search
     * (participant 2, coordinator 2) and coordinator_belief (coordinator 2).
     */
    static String fullBip(String assessedOn) {
        return bip(assessedOn,
                r("job_search", 2, 2),
                r("labour_market_knowledge", 3, 4),
                r("health_coping", 3, 4),
                r("cooperation", null, 4),
                r("purposefulness", 3, 4),
                r("self_efficacy", 3, 4),
                r("coordinator_belief", null, 2),
                r("concentration", 3, 4),
                r("contact", 3, 4),
                r("network_support", 3, 4),
                r("everyday_coping", 3, 4));
    }
}
