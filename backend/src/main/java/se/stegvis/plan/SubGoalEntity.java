package se.stegvis.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A measurable sub-goal (delmål) of a goal; reaching one is a step forward (stegförflyttning). */
@Entity
@Table(name = "plan_sub_goal")
public class SubGoalEntity {

    public static final String OPEN = "open";
    public static final String ACHIEVED = "achieved";
    public static final String DROPPED = "dropped";

    @Id
    public UUID id;

    @Column(name = "goal_id")
    public UUID goalId;

    public String description;

    @Column(name = "target_date")
    public LocalDate targetDate;

    /** open, achieved or dropped. */
    public String status;

    @Column(name = "achieved_on")
    public LocalDate achievedOn;

    /** Item keys of the project's instruments that the sub-goal works on (e.g. job_search). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "linked_item_keys")
    public List<String> linkedItemKeys = new ArrayList<>();

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    public boolean isAchieved() {
        return ACHIEVED.equals(status);
    }
}
