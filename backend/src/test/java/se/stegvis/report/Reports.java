package se.stegvis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import se.stegvis.testsupport.Api;

/** Report requests over the {@link ReportDataset} project and helpers to read cells by sex. */
final class Reports {

    static final List<String> SEXES = List.of("female", "male", "other", "total");

    private Reports() {
    }

    /** GET /reports/{name} for the dataset's project and 2025, as {@code user}; expects 200. */
    static JsonPath year2025(String user, String name) {
        return get(user, "/reports/" + name + "?projectId=" + ReportDataset.PROJECT + "&from=2025-01-01&to=2025-12-31");
    }

    static JsonPath get(String user, String pathAndQuery) {
        return Api.as(user).get(pathAndQuery).then().statusCode(200).extract().jsonPath();
    }

    /** A CountBySex as {@code [female, male, other, total]} values (null when suppressed). */
    static List<Integer> counts(JsonPath json, String path) {
        List<Integer> out = new ArrayList<>();
        for (String s : SEXES) {
            out.add(json.get(path + "." + s + ".value"));
        }
        return out;
    }

    /** A ShareBySex as its four percentages (null when suppressed or no base). */
    static List<Float> pcts(JsonPath json, String path) {
        List<Float> out = new ArrayList<>();
        for (String s : SEXES) {
            Number n = json.get(path + "." + s + ".pct");
            out.add(n == null ? null : n.floatValue());
        }
        return out;
    }

    static List<Float> numbers(JsonPath json, String path) {
        List<Float> out = new ArrayList<>();
        for (String s : SEXES) {
            Number n = json.get(path + "." + s + ".value");
            out.add(n == null ? null : n.floatValue());
        }
        return out;
    }

    static List<Integer> ints(Integer... v) {
        return Arrays.asList(v);
    }

    static List<Float> floats(Double... v) {
        return Arrays.stream(v).map(d -> d == null ? null : d.floatValue()).toList();
    }

    static void assertCounts(List<Integer> expected, JsonPath json, String path) {
        assertEquals(expected, counts(json, path), path);
    }

    /**
     * Walks a whole answer and checks the secondary-suppression invariant on every by-sex object:
     * never exactly one hidden sex cell while the total shows, and never a hidden total whose
     * parts all show. Returns how many by-sex objects had a hidden cell.
     */
    @SuppressWarnings("unchecked")
    static int assertNoLoneSuppressedCell(Object node, String path, List<String> problems) {
        int withHidden = 0;
        if (node instanceof Map<?, ?> map) {
            if (map.keySet().containsAll(SEXES) && map.get("total") instanceof Map<?, ?>) {
                boolean[] h = new boolean[4];
                boolean anyNonZeroShown = false;
                for (int i = 0; i < 4; i++) {
                    Map<String, Object> cell = (Map<String, Object>) map.get(SEXES.get(i));
                    h[i] = Boolean.TRUE.equals(cell.get("suppressed"));
                    Object v = cell.containsKey("value") ? cell.get("value") : cell.get("denominator");
                    if (i < 3 && !h[i] && v instanceof Number n && n.doubleValue() != 0) {
                        anyNonZeroShown = true;
                    }
                }
                int parts = (h[0] ? 1 : 0) + (h[1] ? 1 : 0) + (h[2] ? 1 : 0);
                if (parts == 1 && !h[3]) {
                    problems.add(path + ": one sex cell hidden, total shown");
                }
                if (parts == 0 && h[3] && anyNonZeroShown) {
                    problems.add(path + ": total hidden, every part shown");
                }
                if (parts > 0 || h[3]) {
                    withHidden++;
                }
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                withHidden += assertNoLoneSuppressedCell(e.getValue(), path + "." + e.getKey(), problems);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                withHidden += assertNoLoneSuppressedCell(list.get(i), path + "[" + i + "]", problems);
            }
        }
        return withHidden;
    }
}
