package se.stegvis.sip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A coordinated individual planning meeting (SIP-möte) about an enrollment's participant. */
@Entity
@Table(name = "sip_meeting")
public class SipMeetingEntity {

    @Id
    public UUID id;

    @Column(name = "enrollment_id", updatable = false)
    public UUID enrollmentId;

    @Column(name = "meeting_date")
    public LocalDate meetingDate;

    public String agreed;

    @Column(name = "next_meeting_date")
    public LocalDate nextMeetingDate;

    /** The SIP consent that covered the meeting date when it was recorded. */
    @Column(name = "consent_id")
    public UUID consentId;

    @Column(name = "created_by", updatable = false)
    public UUID createdBy;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sip_meeting_participant", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    public List<Taking> participants = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sip_action_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    public List<ActionItem> actionItems = new ArrayList<>();

    @Version
    public long version;

    /** An organisation taking part, with the role it has in the participant's plan. */
    @Embeddable
    public static class Taking {
        @Column(name = "organisation_id")
        public UUID organisationId;

        @Column(name = "organisation_name")
        public String organisationName;

        public String role;

        @Column(name = "person_name")
        public String personName;
    }

    /** Who does what by when. */
    @Embeddable
    public static class ActionItem {
        public String who;

        public String what;

        @Column(name = "due_date")
        public LocalDate dueDate;

        public boolean done;
    }
}
