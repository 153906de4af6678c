package se.stegvis.intervention;

import java.math.BigDecimal;
import java.math.RoundingMode;

import se.stegvis.api.generated.model.Intervention;
import se.stegvis.api.generated.model.InterventionCategory;
import se.stegvis.api.generated.model.InterventionInput;
import se.stegvis.api.generated.model.InterventionStatus;

public final class InterventionMapper {

    private InterventionMapper() {
    }

    /** The intervention with its type's Swedish name and category. */
    public static Intervention toDto(InterventionEntity e, InterventionTypeEntity type) {
        Intervention dto = new Intervention(e.id, e.enrollmentId, e.typeId, type.nameSv,
                InterventionCategory.fromValue(type.category), e.startDate, InterventionStatus.fromValue(e.status),
                e.version);
        dto.setProviderOrganisationId(e.providerOrganisationId);
        dto.setProviderName(e.providerName);
        dto.setPlannedEndDate(e.plannedEndDate);
        dto.setEndDate(e.endDate);
        dto.setHoursPerWeek(plain(e.hoursPerWeek));
        dto.setNote(e.note);
        return dto;
    }

    /** Copies the (already validated) input onto the entity. */
    public static void apply(InterventionInput in, InterventionEntity e) {
        e.typeId = in.getTypeId();
        e.providerOrganisationId = in.getProviderOrganisationId();
        e.providerName = blankToNull(in.getProviderName());
        e.startDate = in.getStartDate();
        e.plannedEndDate = in.getPlannedEndDate();
        e.endDate = in.getEndDate();
        e.hoursPerWeek = in.getHoursPerWeek() == null ? null : in.getHoursPerWeek().setScale(1, RoundingMode.UNNECESSARY);
        e.status = in.getStatus().toString();
        e.note = blankToNull(in.getNote());
    }

    /** 15.0 as 15, 12.5 as 12.5 (never 1.5E+1). */
    private static BigDecimal plain(BigDecimal hours) {
        if (hours == null) {
            return null;
        }
        BigDecimal stripped = hours.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
