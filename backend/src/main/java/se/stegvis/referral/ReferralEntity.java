package se.stegvis.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A referral (remiss) from a partner agency to a project. */
@Entity
@Table(name = "referral")
public class ReferralEntity {

    public static final String SUBMITTED = "submitted";
    public static final String SCREENED = "screened";
    public static final String ACCEPTED = "accepted";
    public static final String DECLINED = "declined";
    public static final String ON_HOLD = "on_hold";
    public static final String WITHDRAWN = "withdrawn";
    public static final String ENROLLED = "enrolled";

    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "municipality_code")
    public String municipalityCode;

    public String status;

    @Column(name = "referring_organisation_id")
    public UUID referringOrganisationId;

    @Column(name = "identity_type")
    public String identityType;

    @Column(name = "identity_cipher")
    public byte[] identityCipher;

    @Column(name = "identity_hash")
    public byte[] identityHash;

    @Column(name = "identity_masked")
    public String identityMasked;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(name = "birth_year")
    public Integer birthYear;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    public String sex;

    @Column(name = "home_municipality_code")
    public String homeMunicipalityCode;

    @Column(name = "caseworker_name")
    public String caseworkerName;

    @Column(name = "caseworker_organisation_id")
    public UUID caseworkerOrganisationId;

    @Column(name = "caseworker_email")
    public String caseworkerEmail;

    @Column(name = "caseworker_phone")
    public String caseworkerPhone;

    public String reason;
    public String background;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "known_to")
    public List<String> knownTo = new ArrayList<>();

    @Column(name = "sus_entry_employment")
    public String susEntryEmployment;

    @Column(name = "sus_entry_extent_pct")
    public Integer susEntryExtentPct;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sus_entry_income_sources")
    public List<String> susEntryIncomeSources;

    @Column(name = "sus_entry_months_support")
    public Integer susEntryMonthsSupport;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "consent_purposes")
    public List<String> consentPurposes = new ArrayList<>();

    @Column(name = "consent_given_on")
    public LocalDate consentGivenOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "consent_organisation_ids")
    public List<String> consentOrganisationIds = new ArrayList<>();

    @Column(name = "consent_form_reference")
    public String consentFormReference;

    @Column(name = "board_meeting_date")
    public LocalDate boardMeetingDate;

    @Column(name = "screening_note")
    public String screeningNote;

    @Column(name = "screened_by")
    public UUID screenedBy;

    @Column(name = "decision_outcome")
    public String decisionOutcome;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "planned_start_date")
    public LocalDate plannedStartDate;

    @Column(name = "group_start_name")
    public String groupStartName;

    /** The group start the person was accepted for; enrolling adds them to it. */
    @Column(name = "group_id")
    public UUID groupId;

    @Column(name = "decided_by")
    public UUID decidedBy;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_client")
    public String createdClient;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public boolean isAnonymous() {
        return identityHash == null;
    }
}
