package se.stegvis.report;

import java.time.LocalDate;

import se.stegvis.api.generated.model.ReportPeriod;

/** A report period, both days inclusive. */
record Period(LocalDate from, LocalDate to) {

    /** The last day the figures can know about: the period's end, or today when that is earlier. */
    LocalDate end(LocalDate today) {
        return to.isAfter(today) ? today : to;
    }

    ReportPeriod dto() {
        return new ReportPeriod().from(from).to(to);
    }
}
