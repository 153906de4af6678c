package se.stegvis.group;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.hibernate.annotations.OptimisticLock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One dated session of a group. */
@Entity
@Table(name = "group_session")
public class GroupSessionEntity {

    public static final String SCHEDULED = "scheduled";
    public static final String CANCELLED = "cancelled";

    @Id
    public UUID id;

    @Column(name = "group_id")
    public UUID groupId;

    @Column(name = "session_date")
    public LocalDate sessionDate;

    /** morning, afternoon or full_day. */
    @Column(name = "part_of_day")
    public String partOfDay;

    @Column(name = "start_time")
    public LocalTime startTime;

    @Column(name = "end_time")
    public LocalTime endTime;

    public String topic;

    public String location;

    @Column(name = "partner_organisation_id")
    public UUID partnerOrganisationId;

    public String lecturer;

    public String status;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    /** The attendance list's own version: recording attendance must not make the session stale. */
    @OptimisticLock(excluded = true)
    @Column(name = "attendance_version")
    public long attendanceVersion;

    @OptimisticLock(excluded = true)
    @Column(name = "attendance_recorded_by")
    public UUID attendanceRecordedBy;

    @OptimisticLock(excluded = true)
    @Column(name = "attendance_recorded_at")
    public Instant attendanceRecordedAt;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    public boolean isCancelled() {
        return CANCELLED.equals(status);
    }
}
