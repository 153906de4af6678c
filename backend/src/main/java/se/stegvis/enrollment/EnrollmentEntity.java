package se.stegvis.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A participant's stay in a project (inskrivning). */
@Entity
@Table(name = "enrollment")
public class EnrollmentEntity {

    public static final String OPEN = "open";
    public static final String EXITED = "exited";

    @Id
    public UUID id;

    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "planned_end_date")
    public LocalDate plannedEndDate;

    /** open or exited. */
    public String status;

    /** mapping, activity, trial or exit. */
    public String phase;

    @Column(name = "coordinator_id")
    public UUID coordinatorId;

    @Column(name = "caseworker_name")
    public String caseworkerName;

    @Column(name = "caseworker_organisation_id")
    public UUID caseworkerOrganisationId;

    @Column(name = "caseworker_email")
    public String caseworkerEmail;

    @Column(name = "caseworker_phone")
    public String caseworkerPhone;

    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "capacity_override_reason")
    public String capacityOverrideReason;

    @Column(name = "sus_entry_employment")
    public String susEntryEmployment;

    @Column(name = "sus_entry_extent_pct")
    public Integer susEntryExtentPct;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sus_entry_income_sources")
    public List<String> susEntryIncomeSources = new ArrayList<>();

    @Column(name = "sus_entry_months_support")
    public Integer susEntryMonthsSupport;

    @Column(name = "sus_exit_employment")
    public String susExitEmployment;

    @Column(name = "sus_exit_extent_pct")
    public Integer susExitExtentPct;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sus_exit_income_sources")
    public List<String> susExitIncomeSources = new ArrayList<>();

    @Column(name = "sus_exit_months_support")
    public Integer susExitMonthsSupport;

    @Column(name = "exit_date")
    public LocalDate exitDate;

    @Column(name = "exit_outcome")
    public String exitOutcome;

    @Column(name = "exit_work_extent_pct")
    public Integer exitWorkExtentPct;

    @Column(name = "exit_wage_subsidy")
    public Boolean exitWageSubsidy;

    @Column(name = "exit_summary")
    public String exitSummary;

    @Column(name = "follow_up_date")
    public LocalDate followUpDate;

    @Column(name = "follow_up_outcome")
    public String followUpOutcome;

    @Column(name = "follow_up_note")
    public String followUpNote;

    /*
     * Kept in step by AssessmentService and PlanService so that the caseload needs no subquery.
     * Derived, not edited by anyone: changing them must not make a coordinator's ETag stale.
     */
    @OptimisticLock(excluded = true)
    @Column(name = "last_assessment_on")
    public LocalDate lastAssessmentOn;

    @OptimisticLock(excluded = true)
    @Column(name = "next_assessment_due")
    public LocalDate nextAssessmentDue;

    @OptimisticLock(excluded = true)
    @Column(name = "last_plan_follow_up_on")
    public LocalDate lastPlanFollowUpOn;

    /** 1 while open, NULL once exited: the unique key allows one open enrollment per project. */
    @Column(name = "open_marker")
    public Integer openMarker;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    public boolean isOpen() {
        return OPEN.equals(status);
    }
}
