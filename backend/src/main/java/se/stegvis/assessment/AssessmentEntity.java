package se.stegvis.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One progression measurement (or well-being survey) of an enrollment with one instrument. */
@Entity
@Table(name = "assessment")
public class AssessmentEntity {

    @Id
    public UUID id;

    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    @Column(name = "instrument_id")
    public UUID instrumentId;

    @Column(name = "assessed_on")
    public LocalDate assessedOn;

    public String comment;

    @Column(name = "recorded_by")
    public UUID recordedBy;

    /** Set by the service (to the millisecond, as stored) so that order is known before a reload. */
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Version
    public long version;
}
