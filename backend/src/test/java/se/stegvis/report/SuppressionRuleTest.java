package se.stegvis.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The suppression rule on its own, on rows {@code [female, male, other, total]}. */
class SuppressionRuleTest {

    @Test
    void aSmallCellAndTheNextSmallestNonZeroCellAreHidden() {
        assertArrayEquals(new boolean[] { true, true, false, false }, Suppression.protectRow(new long[] { 20, 3, 0, 23 }, 5));
        assertArrayEquals(new boolean[] { true, false, true, false }, Suppression.protectRow(new long[] { 3, 30, 7, 40 }, 5));
    }

    @Test
    void whenNoOtherPartCanHideItTheTotalIsHidden() {
        assertArrayEquals(new boolean[] { true, false, false, true }, Suppression.protectRow(new long[] { 3, 0, 0, 3 }, 5));
    }

    @Test
    void zerosAndLargeCellsShowAndExactCallersSeeEverything() {
        assertArrayEquals(new boolean[] { false, false, false, false }, Suppression.protectRow(new long[] { 0, 12, 0, 12 }, 5));
        assertArrayEquals(new boolean[] { false, false, false, false }, Suppression.protectRow(new long[] { 3, 1, 0, 4 }, 0));
    }

    @Test
    void columnsThatAddUpToAMarginAreProtectedToo() {
        // Rows: work, studies, illness; margin: exited. Men: 6, 3, 6 of 15 — the 3 is hidden, and
        // a second men's cell with it, else 15 - 6 - 6 would give it away.
        List<long[]> rows = List.of(new long[] { 10, 6, 0, 16 }, new long[] { 10, 3, 0, 13 }, new long[] { 10, 6, 0, 16 },
                new long[] { 30, 15, 0, 45 });
        boolean[][] h = Suppression.protect(rows, 3, 5);
        int hiddenMen = 0;
        for (int r = 0; r < 3; r++) {
            hiddenMen += h[r][1] ? 1 : 0;
        }
        assertArrayEquals(new boolean[] { true, true, false, false }, h[1]);
        org.junit.jupiter.api.Assertions.assertTrue(hiddenMen >= 2);
        for (boolean[] row : h) {
            int parts = (row[0] ? 1 : 0) + (row[1] ? 1 : 0) + (row[2] ? 1 : 0);
            org.junit.jupiter.api.Assertions.assertFalse(parts == 1 && !row[3]);
        }
    }
}
