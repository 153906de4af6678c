package se.stegvis.enrollment;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One coordinator's period on an enrollment; {@code toDate} is null while it lasts. */
@Entity
@Table(name = "enrollment_coordinator")
public class EnrollmentCoordinatorEntity {

    @Id
    public UUID id;

    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    @Column(name = "coordinator_id")
    public UUID coordinatorId;

    @Column(name = "from_date")
    public LocalDate fromDate;

    @Column(name = "to_date")
    public LocalDate toDate;

    @Column(name = "changed_by")
    public UUID changedBy;

    public static EnrollmentCoordinatorEntity of(UUID enrollmentId, UUID coordinatorId, LocalDate fromDate, UUID changedBy) {
        EnrollmentCoordinatorEntity c = new EnrollmentCoordinatorEntity();
        c.id = UUID.randomUUID();
        c.enrollmentId = enrollmentId;
        c.coordinatorId = coordinatorId;
        c.fromDate = fromDate;
        c.changedBy = changedBy;
        return c;
    }
}
