package se.stegvis.plan;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A goal of an enrollment's action plan (handlingsplan). */
@Entity
@Table(name = "plan_goal")
public class GoalEntity {

    @Id
    public UUID id;

    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    public String title;

    public String description;

    /** Set by the service, so that the plan's order is known before the row is read back. */
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Version
    public long version;
}
