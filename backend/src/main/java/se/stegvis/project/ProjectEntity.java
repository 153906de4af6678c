package se.stegvis.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "project")
public class ProjectEntity {

    @Id
    public UUID id;

    @Column(name = "federation_id")
    public UUID federationId;

    public String name;
    public String description;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "min_age")
    public int minAge;

    @Column(name = "max_age")
    public int maxAge;

    @Column(name = "min_known_agencies")
    public int minKnownAgencies;

    @Column(name = "assessment_interval_months")
    public int assessmentIntervalMonths;

    @Column(name = "max_stay_months")
    public int maxStayMonths;

    @Column(name = "extension_months")
    public int extensionMonths;

    @Column(name = "goal_work_or_studies_pct")
    public Integer goalWorkOrStudiesPct;

    @Column(name = "goal_step_forward_pct")
    public Integer goalStepForwardPct;

    @Column(name = "goal_wellbeing_improved_pct")
    public Integer goalWellbeingImprovedPct;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_municipality", joinColumns = @JoinColumn(name = "project_id"))
    public List<Capacity> municipalities = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_instrument", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "instrument_id")
    public Set<UUID> instrumentIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_budget", joinColumns = @JoinColumn(name = "project_id"))
    public List<YearBudget> budgets = new ArrayList<>();

    @Version
    public long version;

    @Embeddable
    public static class Capacity {
        @Column(name = "municipality_code")
        public String municipalityCode;
        public int capacity;

        public Capacity() {
        }

        public Capacity(String municipalityCode, int capacity) {
            this.municipalityCode = municipalityCode;
            this.capacity = capacity;
        }
    }

    @Embeddable
    public static class YearBudget {
        @Column(name = "budget_year")
        public int year;

        @Column(name = "amount_sek")
        public long amountSek;

        /** Expenditure booked for the year (utfall), for the budget report; null when not recorded. */
        @Column(name = "spent_sek")
        public Long spentSek;

        public YearBudget() {
        }

        public YearBudget(int year, long amountSek) {
            this.year = year;
            this.amountSek = amountSek;
        }

        public YearBudget(int year, long amountSek, Long spentSek) {
            this(year, amountSek);
            this.spentSek = spentSek;
        }
    }

    public int capacityIn(String municipalityCode) {
        return municipalities.stream().filter(m -> m.municipalityCode.equals(municipalityCode))
                .mapToInt(m -> m.capacity).findFirst().orElse(-1);
    }
}
