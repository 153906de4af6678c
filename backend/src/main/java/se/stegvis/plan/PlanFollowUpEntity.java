package se.stegvis.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A follow-up meeting on the action plan (every second month or more often). Never changed once recorded. */
@Entity
@Table(name = "plan_follow_up")
public class PlanFollowUpEntity {

    @Id
    public UUID id;

    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    @Column(name = "meeting_date")
    public LocalDate meetingDate;

    public String attendees;

    public String note;

    @Column(name = "recorded_by")
    public UUID recordedBy;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
}
