package se.stegvis.group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A group start of a project (e.g. MAC's spring start): members, leaders and dated sessions. */
@Entity
@Table(name = "participant_group")
public class GroupEntity {

    /** The usual largest group; more needs a project manager's reason. */
    public static final int DEFAULT_CAPACITY = 12;

    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    public String name;

    public String description;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public int capacity;

    @Column(name = "capacity_override_reason")
    public String capacityOverrideReason;

    @Column(name = "created_by", updatable = false)
    public UUID createdBy;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "group_leader", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "user_id")
    public List<UUID> leaderIds = new ArrayList<>();

    @Version
    public long version;

    /** Whether a session or membership on the day lies within the group's dates. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }
}
