package se.stegvis.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import se.stegvis.api.generated.model.CountBySex;
import se.stegvis.api.generated.model.CountCell;
import se.stegvis.api.generated.model.GoalAttainment;
import se.stegvis.api.generated.model.NumberBySex;
import se.stegvis.api.generated.model.NumberCell;
import se.stegvis.api.generated.model.ShareBySex;
import se.stegvis.api.generated.model.ShareCell;

/** Builds the contract's cells from counts by sex and the suppression decided for them. */
final class Cells {

    private Cells() {
    }

    static CountBySex counts(long[] row, boolean[] hidden) {
        return new CountBySex()
                .female(count(row[0], hidden[0])).male(count(row[1], hidden[1]))
                .other(count(row[2], hidden[2])).total(count(row[3], hidden[3]));
    }

    /** A count row protected on its own (no other figure adds up with it). */
    static CountBySex counts(long[] row, int minCell) {
        return counts(row, Suppression.protectRow(row, minCell));
    }

    static CountCell count(long value, boolean hidden) {
        return hidden ? new CountCell().value(null).suppressed(true) : new CountCell().value((int) value).suppressed(false);
    }

    /**
     * Shares of {@code num} over {@code den}. A share is hidden when its base is below the threshold,
     * when the numerator or the rest of the base is a small count, or when a count it is built from
     * is hidden elsewhere ({@code hiddenAlready}, may be null); then the line rule runs over them.
     */
    static ShareBySex shares(long[] num, long[] den, boolean[] hiddenAlready, int minCell) {
        boolean[] hidden = new boolean[4];
        if (minCell > 1) {
            for (int c = 0; c < 4; c++) {
                hidden[c] = (hiddenAlready != null && hiddenAlready[c]) || small(den[c], minCell)
                        || small(num[c], minCell) || small(den[c] - num[c], minCell);
            }
            Suppression.extendLine(den, hidden);
        }
        return new ShareBySex()
                .female(share(num[0], den[0], hidden[0])).male(share(num[1], den[1], hidden[1]))
                .other(share(num[2], den[2], hidden[2])).total(share(num[3], den[3], hidden[3]));
    }

    static ShareCell share(long num, long den, boolean hidden) {
        if (hidden) {
            return new ShareCell().pct(null).numerator(null).denominator(null).suppressed(true);
        }
        return new ShareCell().pct(pct(num, den)).numerator((int) num).denominator((int) den).suppressed(false);
    }

    static BigDecimal pct(long num, long den) {
        return den == 0 ? null : BigDecimal.valueOf(num * 100L).divide(BigDecimal.valueOf(den), 1, RoundingMode.HALF_UP);
    }

    /** Medians or means over {@code n} stays; hidden when {@code n} is small, then the line rule. */
    static NumberBySex numbers(Double[] values, long[] n, int minCell, int scale) {
        boolean[] hidden = new boolean[4];
        if (minCell > 1) {
            for (int c = 0; c < 4; c++) {
                hidden[c] = small(n[c], minCell);
            }
            Suppression.extendLine(n, hidden);
        }
        return new NumberBySex()
                .female(number(values[0], n[0], hidden[0], scale)).male(number(values[1], n[1], hidden[1], scale))
                .other(number(values[2], n[2], hidden[2], scale)).total(number(values[3], n[3], hidden[3], scale));
    }

    static NumberCell number(Double value, long n, boolean hidden, int scale) {
        if (hidden) {
            return new NumberCell().value(null).n(null).suppressed(true);
        }
        BigDecimal v = value == null || n == 0 ? null : BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
        return new NumberCell().value(v).n((int) n).suppressed(false);
    }

    static GoalAttainment goal(Integer goalPct, ShareCell total) {
        GoalAttainment g = new GoalAttainment().goalPct(goalPct).suppressed(total.getSuppressed());
        BigDecimal actual = total.getSuppressed() ? null : total.getPct();
        g.actualPct(actual);
        g.met(goalPct == null || actual == null ? null : actual.compareTo(BigDecimal.valueOf(goalPct)) >= 0);
        return g;
    }

    static boolean small(long v, int minCell) {
        return v > 0 && v < minCell;
    }
}
