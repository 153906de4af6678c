package se.stegvis.group;

import java.math.BigDecimal;
import java.math.RoundingMode;

import se.stegvis.api.generated.model.AttendanceFigures;

/**
 * Counts of recorded attendance. The rate is present / (present + absent with notice + absent):
 * absence with notice is still absence from the group's work, so it stays in the denominator;
 * sessions without recorded attendance (not yet taken, cancelled) do not count at all.
 */
final class Figures {

    static final String PRESENT = "present";
    static final String ABSENT_WITH_NOTICE = "absent_with_notice";
    static final String ABSENT = "absent";

    int present;
    int absentWithNotice;
    int absent;

    void add(String status, int count) {
        switch (status) {
            case PRESENT -> present += count;
            case ABSENT_WITH_NOTICE -> absentWithNotice += count;
            case ABSENT -> absent += count;
            default -> throw new IllegalStateException("unknown attendance status " + status);
        }
    }

    void add(Figures other) {
        present += other.present;
        absentWithNotice += other.absentWithNotice;
        absent += other.absent;
    }

    int recorded() {
        return present + absentWithNotice + absent;
    }

    AttendanceFigures toDto() {
        AttendanceFigures dto = new AttendanceFigures(present, absentWithNotice, absent, recorded());
        dto.setRate(recorded() == 0 ? null
                : BigDecimal.valueOf(present).divide(BigDecimal.valueOf(recorded()), 4, RoundingMode.HALF_UP)
                        .stripTrailingZeros());
        return dto;
    }
}
