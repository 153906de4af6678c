package se.stegvis.report;

import java.util.ArrayList;
import java.util.List;

import se.stegvis.api.generated.model.CountBySex;
import se.stegvis.api.generated.model.CountCell;
import se.stegvis.api.generated.model.NumberBySex;
import se.stegvis.api.generated.model.NumberCell;
import se.stegvis.api.generated.model.ShareBySex;
import se.stegvis.api.generated.model.ShareCell;

/**
 * A report table as plain rows for CSV and XLSX. Values are strings, numbers, null (blank) or
 * {@link #SUPPRESSED}, written as {@code ..} (Statistics Sweden's sign for a figure withheld).
 */
record ExportTable(String name, List<String> headers, List<List<Object>> rows) {

    static final Object SUPPRESSED = new Object() {
        @Override
        public String toString() {
            return "..";
        }
    };

    static final List<String> SEX_COLUMNS = List.of("Kvinnor", "Män", "Annat", "Totalt");

    /** Headers: the label columns, then one value column per sex and total, then (for shares) their per cent. */
    static List<String> headers(List<String> labels, boolean shares) {
        List<String> h = new ArrayList<>(labels);
        h.addAll(SEX_COLUMNS);
        if (shares) {
            SEX_COLUMNS.forEach(s -> h.add(s + " %"));
        }
        return h;
    }

    static List<Object> row(List<Object> labels, CountBySex c) {
        List<Object> r = new ArrayList<>(labels);
        for (CountCell cell : List.of(c.getFemale(), c.getMale(), c.getOther(), c.getTotal())) {
            r.add(cell.getSuppressed() ? SUPPRESSED : cell.getValue());
        }
        return r;
    }

    /** A count row followed by share percentages (blank pct columns when {@code s} is null). */
    static List<Object> row(List<Object> labels, CountBySex c, ShareBySex s) {
        List<Object> r = row(labels, c);
        addPct(r, s);
        return r;
    }

    /** A share row: the numerators, then the percentages. */
    static List<Object> row(List<Object> labels, ShareBySex s) {
        List<Object> r = new ArrayList<>(labels);
        for (ShareCell cell : List.of(s.getFemale(), s.getMale(), s.getOther(), s.getTotal())) {
            r.add(cell.getSuppressed() ? SUPPRESSED : cell.getNumerator());
        }
        addPct(r, s);
        return r;
    }

    static List<Object> row(List<Object> labels, NumberBySex n, boolean withPctColumns) {
        List<Object> r = new ArrayList<>(labels);
        for (NumberCell cell : List.of(n.getFemale(), n.getMale(), n.getOther(), n.getTotal())) {
            r.add(cell.getSuppressed() ? SUPPRESSED : cell.getValue());
        }
        if (withPctColumns) {
            for (int i = 0; i < 4; i++) {
                r.add(null);
            }
        }
        return r;
    }

    private static void addPct(List<Object> r, ShareBySex s) {
        if (s == null) {
            for (int i = 0; i < 4; i++) {
                r.add(null);
            }
            return;
        }
        for (ShareCell cell : List.of(s.getFemale(), s.getMale(), s.getOther(), s.getTotal())) {
            r.add(cell.getSuppressed() ? SUPPRESSED : cell.getPct());
        }
    }
}
