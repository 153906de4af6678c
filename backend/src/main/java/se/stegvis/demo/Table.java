package se.stegvis.demo;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Rows for one table, written with multi-row native INSERT statements. NULLs are written as SQL
 * {@code NULL} literals rather than bound, so that no parameter needs a type guess.
 */
final class Table {

    private static final int ROWS_PER_STATEMENT = 400;

    final String name;
    private final String[] columns;
    final List<Object[]> rows = new ArrayList<>();

    Table(String name, String... columns) {
        this.name = name;
        this.columns = columns;
    }

    void add(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(name + ": expected " + columns.length + " values, got " + values.length);
        }
        rows.add(values);
    }

    int size() {
        return rows.size();
    }

    void insertInto(EntityManager em) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(name).append(" (")
                    .append(String.join(", ", columns)).append(") VALUES ");
            List<Object> params = new ArrayList<>();
            for (int r = 0; r < chunk.size(); r++) {
                sql.append(r == 0 ? "(" : ", (");
                Object[] row = chunk.get(r);
                for (int c = 0; c < row.length; c++) {
                    if (c > 0) {
                        sql.append(", ");
                    }
                    if (row[c] == null) {
                        sql.append("NULL");
                    } else {
                        sql.append('?');
                        params.add(row[c]);
                    }
                }
                sql.append(')');
            }
            Query q = em.createNativeQuery(sql.toString());
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
            q.executeUpdate();
        }
    }
}
