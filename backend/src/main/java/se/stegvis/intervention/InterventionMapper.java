package se.stegvis.intervention;

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
        dto.setHoursPerWeek(e.hoursPerWeek == null ? null : e.hoursPerWeek.stripTrailingZeros());
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
        e.hoursPerWeek = in.getHoursPerWeek();
        e.status = in.getStatus().toString();
        e.note = blankToNull(in.getNote());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
