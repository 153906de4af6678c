package se.stegvis.intervention;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One intervention (insats) of an enrollment, at a provider, for a period. */
@Entity
@Table(name = "intervention")
public class InterventionEntity {

    public static final String PLANNED = "planned";
    public static final String ONGOING = "ongoing";
    public static final String PAUSED = "paused";
    public static final String COMPLETED = "completed";
    public static final String CANCELLED = "cancelled";

    @Id
    public UUID id;

    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    @Column(name = "type_id")
    public UUID typeId;

    @Column(name = "provider_organisation_id")
    public UUID providerOrganisationId;

    @Column(name = "provider_name")
    public String providerName;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "planned_end_date")
    public LocalDate plannedEndDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "hours_per_week")
    public BigDecimal hoursPerWeek;

    /** planned, ongoing, paused, completed or cancelled. */
    public String status;

    public String note;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** Completed or cancelled: the intervention has ended. */
    public boolean isEnded() {
        return COMPLETED.equals(status) || CANCELLED.equals(status);
    }
}
