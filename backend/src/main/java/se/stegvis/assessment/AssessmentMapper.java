package se.stegvis.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.stegvis.api.generated.model.Assessment;
import se.stegvis.api.generated.model.ItemChange;
import se.stegvis.api.generated.model.Rating;
import se.stegvis.api.generated.model.UserRef;

/**
 * Turns an enrollment's stored assessments into DTOs with their derived values. Everything is
 * computed in memory from the enrollment's assessments and ratings (loaded in two queries):
 * <ul>
 * <li>{@code changeSincePrevious}: per item this assessment rates, per rater, this value minus the
 * previous assessment's on the same instrument (ordered by date, then by recording time); null
 * where either value is missing. Empty for the instrument's first assessment.</li>
 * <li>{@code changeSinceFirst}: the same against the instrument's first assessment.</li>
 * <li>{@code lowestItems}: the items whose rating (the coordinator's where given, else the
 * participant's) is the lowest, ties included, in the instrument's order; empty without values.</li>
 * </ul>
 */
public final class AssessmentMapper {

    private AssessmentMapper() {
    }

    /**
     * @param assessments the enrollment's assessments, oldest first (as {@link AssessmentRepository#byEnrollment})
     * @param ratings     their ratings, in any order
     * @param instruments the instruments they use, by id
     * @param users       the names of the recorders, by id
     * @return the DTOs in the order of {@code assessments}
     */
    public static List<Assessment> toDtos(List<AssessmentEntity> assessments, List<AssessmentRatingEntity> ratings,
            Map<UUID, InstrumentEntity> instruments, Map<UUID, UserRef> users) {
        Map<UUID, Map<UUID, AssessmentRatingEntity>> byAssessment = new HashMap<>();
        for (AssessmentRatingEntity r : ratings) {
            byAssessment.computeIfAbsent(r.assessmentId, k -> new HashMap<>()).put(r.itemId, r);
        }
        Map<UUID, AssessmentEntity> firstOf = new HashMap<>();
        Map<UUID, AssessmentEntity> lastOf = new HashMap<>();
        List<Assessment> result = new ArrayList<>(assessments.size());
        for (AssessmentEntity a : assessments) {
            InstrumentEntity instrument = instruments.get(a.instrumentId);
            Map<UUID, AssessmentRatingEntity> mine = byAssessment.getOrDefault(a.id, Map.of());
            AssessmentEntity previous = lastOf.get(a.instrumentId);
            AssessmentEntity first = firstOf.get(a.instrumentId);
            List<ItemChange> sincePrevious = previous == null ? new ArrayList<>()
                    : changes(instrument, mine, byAssessment.getOrDefault(previous.id, Map.of()));
            List<ItemChange> sinceFirst = first == null ? new ArrayList<>()
                    : changes(instrument, mine, byAssessment.getOrDefault(first.id, Map.of()));
            Assessment dto = new Assessment(a.id, a.enrollmentId, a.instrumentId, instrument.code, a.assessedOn,
                    ratings(instrument, mine), sincePrevious, sinceFirst, lowest(instrument, mine), a.version);
            dto.setComment(a.comment);
            dto.setRecordedBy(a.recordedBy == null ? null
                    : users.getOrDefault(a.recordedBy, new UserRef(a.recordedBy, "Okänd användare")));
            result.add(dto);
            firstOf.putIfAbsent(a.instrumentId, a);
            lastOf.put(a.instrumentId, a);
        }
        return result;
    }

    private static List<Rating> ratings(InstrumentEntity instrument, Map<UUID, AssessmentRatingEntity> mine) {
        List<Rating> out = new ArrayList<>();
        for (InstrumentItemEntity item : ordered(instrument)) {
            AssessmentRatingEntity r = mine.get(item.id);
            if (r != null) {
                Rating dto = new Rating(item.itemKey);
                dto.setParticipant(r.participantValue);
                dto.setCoordinator(r.coordinatorValue);
                dto.setComment(r.comment);
                out.add(dto);
            }
        }
        return out;
    }

    private static List<ItemChange> changes(InstrumentEntity instrument, Map<UUID, AssessmentRatingEntity> mine,
            Map<UUID, AssessmentRatingEntity> other) {
        List<ItemChange> out = new ArrayList<>();
        for (InstrumentItemEntity item : ordered(instrument)) {
            AssessmentRatingEntity now = mine.get(item.id);
            if (now == null || (now.participantValue == null && now.coordinatorValue == null)) {
                continue;
            }
            AssessmentRatingEntity then = other.get(item.id);
            ItemChange c = new ItemChange(item.itemKey);
            if (then != null) {
                c.setParticipant(difference(now.participantValue, then.participantValue));
                c.setCoordinator(difference(now.coordinatorValue, then.coordinatorValue));
            }
            out.add(c);
        }
        return out;
    }

    private static Integer difference(Integer now, Integer then) {
        return now == null || then == null ? null : now - then;
    }

    private static List<String> lowest(InstrumentEntity instrument, Map<UUID, AssessmentRatingEntity> mine) {
        Integer min = mine.values().stream().map(AssessmentRatingEntity::leadingValue)
                .filter(java.util.Objects::nonNull).min(Integer::compare).orElse(null);
        List<String> out = new ArrayList<>();
        if (min == null) {
            return out;
        }
        for (InstrumentItemEntity item : ordered(instrument)) {
            AssessmentRatingEntity r = mine.get(item.id);
            if (r != null && min.equals(r.leadingValue())) {
                out.add(item.itemKey);
            }
        }
        return out;
    }

    private static List<InstrumentItemEntity> ordered(InstrumentEntity instrument) {
        return instrument.items.stream().sorted(Comparator.comparingInt(i -> i.position)).toList();
    }
}
