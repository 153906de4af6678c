package se.stegvis.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Runs the reports' aggregate queries: each answers a handful of rows (grouped by sex and at most
 * one key), never participant rows, so nothing scales with the number of participants in Java.
 */
@ApplicationScoped
class FactQueries {

    @Inject
    EntityManager em;

    /** Rows of {@code sex, v1..vn}: {@code [value][female, male, other, total]}. */
    long[][] bySex(String sql, ReportContext ctx, Map<String, Object> params, int values) {
        long[][] out = new long[values][4];
        for (Object[] r : rows(sql, ctx, params)) {
            add(out, r, 0, values);
        }
        return out;
    }

    /** Rows of {@code key, sex, v1..vn}, by key in the order the query returns them. */
    Map<String, long[][]> bySexKeyed(String sql, ReportContext ctx, Map<String, Object> params, int values) {
        Map<String, long[][]> out = new LinkedHashMap<>();
        for (Object[] r : rows(sql, ctx, params)) {
            String key = r[0] == null ? null : String.valueOf(r[0]);
            add(out.computeIfAbsent(key, k -> new long[values][4]), r, 1, values);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(String sql, ReportContext ctx, Map<String, Object> params) {
        Query q = em.createNativeQuery(sql);
        if (ctx != null) {
            ctx.bind(q);
        }
        params.forEach((k, v) -> {
            if (java.util.regex.Pattern.compile(":" + k + "(?![A-Za-z0-9_])").matcher(sql).find()) {
                q.setParameter(k, v);
            }
        });
        return q.getResultList();
    }

    private static void add(long[][] out, Object[] r, int sexColumn, int values) {
        int sex = sexIndex((String) r[sexColumn]);
        for (int v = 0; v < values; v++) {
            Object o = r[sexColumn + 1 + v];
            long n = o == null ? 0 : ((Number) o).longValue();
            out[v][sex] += n;
            out[v][Suppression.TOTAL] += n;
        }
    }

    static int sexIndex(String sex) {
        return switch (sex == null ? "" : sex) {
            case "female" -> Suppression.FEMALE;
            case "male" -> Suppression.MALE;
            default -> Suppression.OTHER;
        };
    }

    static long[] zero() {
        return new long[4];
    }

    static long[] sum(List<long[]> rows) {
        long[] s = new long[4];
        for (long[] r : rows) {
            for (int c = 0; c < 4; c++) {
                s[c] += r[c];
            }
        }
        return s;
    }
}
