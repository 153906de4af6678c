package se.stegvis.enrollment;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An extension of the planned end, decided with the referring caseworker. */
@Entity
@Table(name = "enrollment_extension")
public class EnrollmentExtensionEntity {

    @Id
    public UUID id;

    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    @Column(name = "previous_planned_end")
    public LocalDate previousPlannedEnd;

    @Column(name = "new_planned_end")
    public LocalDate newPlannedEnd;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    public String reason;

    @Column(name = "recorded_by")
    public UUID recordedBy;
}
