package se.stegvis.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.WellbeingChange;
import se.stegvis.api.generated.model.WellbeingInstrumentChange;
import se.stegvis.api.generated.model.WellbeingItemChange;
import se.stegvis.api.generated.model.WellbeingPoint;
import se.stegvis.audit.AuditLog;
import se.stegvis.enrollment.EnrollmentAccess;
import se.stegvis.enrollment.EnrollmentEntity;

/**
 * Self-rated well-being from start to exit: for each instrument with purpose {@code wellbeing},
 * the enrollment's first assessment against its last (once exited, the last on or before the exit
 * date; before that, the latest).
 *
 * <p>The rating of an item is the participant's own, or the coordinator's where the participant
 * gave none (an instrument may have coordinator-rated items). The mean of an assessment is the
 * mean of its rated items. <b>{@code improved} = the mean of the last ratings is higher than the
 * mean of the first</b> — the same definition the reports use for the share who report
 * improvement; keep them in step. It is compared exactly (not after rounding).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WellbeingService {

    public static final String PURPOSE = "wellbeing";
    private static final String RESOURCE = "wellbeing_change";

    @Inject
    EnrollmentAccess access;

    @Inject
    AssessmentRepository assessments;

    @Inject
    InstrumentRepository instruments;

    @Inject
    AuditLog audit;

    public WellbeingChange change(UUID enrollmentId) {
        EnrollmentEntity enrollment = access.requireVisible(enrollmentId);
        boolean exited = !enrollment.isOpen();
        LocalDate end = exited ? enrollment.exitDate : null;

        Map<UUID, InstrumentEntity> wellbeing = new HashMap<>();
        Map<UUID, List<AssessmentEntity>> byInstrument = new LinkedHashMap<>();
        for (AssessmentEntity a : assessments.byEnrollment(enrollmentId)) {
            if (end != null && a.assessedOn.isAfter(end)) {
                continue;
            }
            InstrumentEntity instrument = wellbeing.computeIfAbsent(a.instrumentId, id -> instruments.findById(id));
            if (instrument != null && PURPOSE.equals(instrument.purpose)) {
                byInstrument.computeIfAbsent(a.instrumentId, k -> new ArrayList<>()).add(a);
            }
        }
        List<UUID> ends = new ArrayList<>();
        byInstrument.values().forEach(list -> {
            ends.add(list.get(0).id);
            ends.add(list.get(list.size() - 1).id);
        });
        Map<UUID, Map<UUID, Integer>> values = new HashMap<>();
        for (AssessmentRatingEntity r : assessments.ratingsOf(ends)) {
            Integer v = r.participantValue != null ? r.participantValue : r.coordinatorValue;
            if (v != null) {
                values.computeIfAbsent(r.assessmentId, k -> new HashMap<>()).put(r.itemId, v);
            }
        }

        List<WellbeingInstrumentChange> changes = new ArrayList<>();
        byInstrument.forEach((instrumentId, list) -> {
            InstrumentEntity instrument = wellbeing.get(instrumentId);
            AssessmentEntity first = list.get(0);
            AssessmentEntity last = list.size() > 1 ? list.get(list.size() - 1) : null;
            Map<UUID, Integer> firstValues = values.getOrDefault(first.id, Map.of());
            Map<UUID, Integer> lastValues = last == null ? Map.of() : values.getOrDefault(last.id, Map.of());
            WellbeingInstrumentChange c = new WellbeingInstrumentChange();
            c.setInstrumentId(instrumentId);
            c.setInstrumentCode(instrument.code);
            c.setInstrumentName(instrument.nameSv);
            c.setAssessmentCount(list.size());
            c.setFirst(point(first, firstValues));
            c.setLast(last == null ? null : point(last, lastValues));
            List<WellbeingItemChange> items = new ArrayList<>();
            for (InstrumentItemEntity item : instrument.items) {
                WellbeingItemChange ic = new WellbeingItemChange(item.itemKey, item.labelSv, item.labelEn);
                Integer f = firstValues.get(item.id);
                Integer l = last == null ? null : lastValues.get(item.id);
                ic.setFirst(f);
                ic.setLast(l);
                ic.setChange(f != null && l != null ? l - f : null);
                items.add(ic);
            }
            c.setItems(items);
            if (last != null && !firstValues.isEmpty() && !lastValues.isEmpty()) {
                long firstSum = sum(firstValues);
                long lastSum = sum(lastValues);
                // lastSum / lastN > firstSum / firstN, without rounding.
                c.setImproved(lastSum * firstValues.size() > firstSum * lastValues.size());
                c.setMeanChange(plain(mean(lastValues).subtract(mean(firstValues))
                        .setScale(2, RoundingMode.HALF_UP)));
            }
            changes.add(c);
        });
        audit.record(AuditLog.Action.READ, RESOURCE, enrollmentId, enrollment.participantId);
        WellbeingChange dto = new WellbeingChange(enrollmentId, exited, changes);
        dto.setEndDate(end);
        return dto;
    }

    private static WellbeingPoint point(AssessmentEntity a, Map<UUID, Integer> values) {
        WellbeingPoint p = new WellbeingPoint(a.id, a.assessedOn);
        p.setMean(values.isEmpty() ? null : plain(mean(values).setScale(2, RoundingMode.HALF_UP)));
        return p;
    }

    /** 2.50 as 2.5 and 10.00 as 10 (never 1E+1). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static long sum(Map<UUID, Integer> values) {
        return values.values().stream().mapToLong(Integer::longValue).sum();
    }

    private static BigDecimal mean(Map<UUID, Integer> values) {
        return BigDecimal.valueOf(sum(values)).divide(BigDecimal.valueOf(values.size()), 10, RoundingMode.HALF_UP);
    }
}
