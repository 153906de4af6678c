package se.stegvis.report;

import java.util.List;

/**
 * Small-cell protection for tables of counts by sex. Each row is {@code [female, male, other, total]}
 * with total = female + male + other; a table may also have a margin row that is the sum of the
 * other rows (e.g. "exited" over the exit outcomes).
 *
 * <p><b>Primary suppression:</b> a count from 1 to {@code minCell - 1} is hidden. Zeros are shown:
 * they say that no one is in the group, which identifies no one.
 * <p><b>Secondary suppression</b>, so that no hidden count can be worked out by subtraction: in
 * every row, when exactly one sex cell is hidden, the smallest other non-zero sex cell is hidden
 * too, or, if there is none, the total; when the total is hidden and no sex cell is, the smallest
 * non-zero sex cell is hidden. The same rule runs down every column when the rows add up to a
 * margin row. The two rules are repeated until nothing changes (a hidden cell is never revealed
 * again, so this ends). This is the usual "no single suppressed cell in an additive line" method.
 */
public final class Suppression {

    public static final int FEMALE = 0;
    public static final int MALE = 1;
    public static final int OTHER = 2;
    public static final int TOTAL = 3;

    private Suppression() {
    }

    /** Which cells of the rows to hide; {@code marginRow} is the index of the sum row, or -1. */
    public static boolean[][] protect(List<long[]> rows, int marginRow, int minCell) {
        boolean[][] hidden = new boolean[rows.size()][4];
        if (minCell <= 1) {
            return hidden;
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < 4; c++) {
                long v = rows.get(r)[c];
                hidden[r][c] = v > 0 && v < minCell;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows.size(); r++) {
                changed |= line(rows.get(r), hidden[r]);
            }
            if (marginRow >= 0) {
                for (int c = 0; c < 4; c++) {
                    long[] column = new long[rows.size()];
                    boolean[] flags = new boolean[rows.size()];
                    for (int r = 0; r < rows.size(); r++) {
                        column[r] = rows.get(r)[c];
                        flags[r] = hidden[r][c];
                    }
                    if (column(column, flags, marginRow)) {
                        changed = true;
                        for (int r = 0; r < rows.size(); r++) {
                            hidden[r][c] = flags[r];
                        }
                    }
                }
            }
        }
        return hidden;
    }

    /** One row by sex with its total. */
    public static boolean[] protectRow(long[] row, int minCell) {
        return protect(List.of(row), -1, minCell)[0];
    }

    /** Applies the line rule to cells already hidden for another reason (shares, means); changes {@code hidden}. */
    public static void extendLine(long[] row, boolean[] hidden) {
        while (line(row, hidden)) {
            // until stable
        }
    }

    /** The line rule on {@code [female, male, other, total]}; true when it hid another cell. */
    private static boolean line(long[] v, boolean[] h) {
        int hiddenParts = 0;
        for (int c = 0; c < TOTAL; c++) {
            if (h[c]) {
                hiddenParts++;
            }
        }
        if (hiddenParts == 1 && !h[TOTAL]) {
            int other = smallestShown(v, h, 0, TOTAL);
            if (other >= 0) {
                h[other] = true;
            } else {
                h[TOTAL] = true;
            }
            return true;
        }
        if (hiddenParts == 0 && h[TOTAL]) {
            int part = smallestShown(v, h, 0, TOTAL);
            if (part >= 0) {
                h[part] = true;
                return true;
            }
        }
        return false;
    }

    private static boolean column(long[] v, boolean[] h, int margin) {
        int hiddenParts = 0;
        for (int r = 0; r < v.length; r++) {
            if (r != margin && h[r]) {
                hiddenParts++;
            }
        }
        if (hiddenParts == 1 && !h[margin]) {
            int other = smallestShownExcept(v, h, margin);
            if (other >= 0) {
                h[other] = true;
            } else {
                h[margin] = true;
            }
            return true;
        }
        if (hiddenParts == 0 && h[margin]) {
            int part = smallestShownExcept(v, h, margin);
            if (part >= 0) {
                h[part] = true;
                return true;
            }
        }
        return false;
    }

    private static int smallestShown(long[] v, boolean[] h, int from, int to) {
        int best = -1;
        for (int c = from; c < to; c++) {
            if (!h[c] && v[c] > 0 && (best < 0 || v[c] < v[best])) {
                best = c;
            }
        }
        return best;
    }

    private static int smallestShownExcept(long[] v, boolean[] h, int except) {
        int best = -1;
        for (int r = 0; r < v.length; r++) {
            if (r != except && !h[r] && v[r] > 0 && (best < 0 || v[r] < v[best])) {
                best = r;
            }
        }
        return best;
    }
}
