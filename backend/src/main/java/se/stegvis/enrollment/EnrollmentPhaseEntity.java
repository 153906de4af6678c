package se.stegvis.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One period of an enrollment's phase history: the phase it entered and from which day. */
@Entity
@Table(name = "enrollment_phase")
public class EnrollmentPhaseEntity {

    @Id
    public UUID id;

    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    /** mapping, activity, trial or exit. */
    public String phase;

    @Column(name = "from_date")
    public LocalDate fromDate;

    @Column(name = "changed_by")
    public UUID changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    public static EnrollmentPhaseEntity of(UUID enrollmentId, String phase, LocalDate fromDate, UUID changedBy) {
        EnrollmentPhaseEntity p = new EnrollmentPhaseEntity();
        p.id = UUID.randomUUID();
        p.enrollmentId = enrollmentId;
        p.phase = phase;
        p.fromDate = fromDate;
        p.changedBy = changedBy;
        p.changedAt = Instant.now();
        return p;
    }
}
