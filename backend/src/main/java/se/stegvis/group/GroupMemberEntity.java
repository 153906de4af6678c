package se.stegvis.group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An enrollment's membership of a group. {@code leftOn} is the day the member left: they are a
 * member on the days from {@code joinedOn} up to the day before it.
 */
@Entity
@Table(name = "group_member")
public class GroupMemberEntity {

    @Id
    public UUID id;

    @Column(name = "group_id")
    public UUID groupId;

    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    @Column(name = "joined_on")
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    @Column(name = "leave_reason")
    public String leaveReason;

    @Column(name = "capacity_override_reason")
    public String capacityOverrideReason;

    @Column(name = "added_by", updatable = false)
    public UUID addedBy;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    public boolean memberOn(LocalDate day) {
        return !day.isBefore(joinedOn) && (leftOn == null || leftOn.isAfter(day));
    }
}
