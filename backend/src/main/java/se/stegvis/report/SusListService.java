package se.stegvis.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.Education;
import se.stegvis.api.generated.model.EmploymentStatus;
import se.stegvis.api.generated.model.ExitOutcome;
import se.stegvis.api.generated.model.IncomeSource;
import se.stegvis.api.generated.model.Sex;
import se.stegvis.api.generated.model.SusConsentStatus;
import se.stegvis.api.generated.model.SusList;
import se.stegvis.api.generated.model.SusListEvent;
import se.stegvis.api.generated.model.SusListRow;
import se.stegvis.api.generated.model.SusStatus;
import se.stegvis.audit.AuditLog;
import se.stegvis.common.crypto.PersonalDataCipher;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.AccessScope;
import se.stegvis.common.web.Sql;

/**
 * The SUS-ready list: per participant and intervention started or ended in the period, the
 * variables in the order a coordinator types them into SUS. Only the caller's own projects and
 * municipalities; anonymous without an active SUS consent; identity numbers only on request, with
 * consent, and audited.
 */
@ApplicationScoped
@Transactional
public class SusListService {

    static final String RESOURCE = "sus-list";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    FactQueries q;

    @Inject
    ReportScopes scopes;

    @Inject
    ReportService reports;

    @Inject
    AccessScope access;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    AuditLog audit;

    public SusList list(UUID projectId, String municipality, LocalDate from, LocalDate to, boolean identityNumbers,
            AuditLog.Action action) {
        List<Period> periods = scopes.periods(from, to, null, null);
        ReportContext ctx = scopes.resolve(projectId, municipality);
        if (projectId != null && !access.coversProject(projectId)) {
            throw ApiException.notFound("Project");
        }
        Period p = periods.get(0);
        Map<String, Object> params = new java.util.HashMap<>(ReportService.params(p, ctx));
        params.put("scopeUser", access.userId());
        List<Object[]> found = q.rows("""
                SELECT p.id, p.identity_cipher, p.protected_identity, p.first_name, p.last_name, p.sex, p.birth_year,
                  p.home_municipality_code, p.education, pr.id, pr.name, e.municipality_code, e.start_date,
                  e.sus_entry_employment, e.sus_entry_extent_pct, e.sus_entry_income_sources, e.sus_entry_months_support,
                  i.id, t.name_sv, i.start_date, i.end_date,
                  e.exit_date, e.exit_outcome, e.sus_exit_employment, e.sus_exit_extent_pct, e.sus_exit_income_sources,
                  e.sus_exit_months_support,
                  (SELECT CASE WHEN SUM(c.withdrawn_on IS NULL) > 0 THEN 'given' WHEN COUNT(*) > 0 THEN 'withdrawn' ELSE 'missing' END
                     FROM consent c WHERE c.participant_id = p.id AND c.purpose = 'sus')
                FROM intervention i
                JOIN enrollment e ON e.id = i.enrollment_id
                JOIN participant p ON p.id = e.participant_id
                JOIN project pr ON pr.id = e.project_id
                JOIN intervention_type t ON t.id = i.type_id
                WHERE """ + " " + AccessScope.ENROLLMENT_PREDICATE + " AND " + ctx.filter("e") + " AND " + ReportRefresher.INCLUDED + """
                  AND i.status <> 'cancelled'
                  AND (i.start_date BETWEEN :from AND :to OR i.end_date BETWEEN :from AND :to)
                ORDER BY p.last_name IS NULL, p.last_name, p.first_name, p.id, i.start_date, i.id""", ctx, params);
        List<SusListRow> rows = new ArrayList<>();
        List<UUID> participants = new ArrayList<>();
        List<UUID> revealed = new ArrayList<>();
        for (Object[] r : found) {
            UUID participantId = Sql.uuid(r[0]);
            participants.add(participantId);
            SusConsentStatus consent = SusConsentStatus.fromValue((String) r[27]);
            boolean anonymous = consent != SusConsentStatus.GIVEN || Boolean.TRUE.equals(bool(r[2]));
            String number = null;
            if (!anonymous && identityNumbers && r[1] != null) {
                number = cipher.decrypt((byte[]) r[1]);
                revealed.add(participantId);
            }
            LocalDate iStart = Sql.date(r[19]);
            LocalDate iEnd = Sql.date(r[20]);
            boolean entered = !iStart.isBefore(p.from()) && !iStart.isAfter(p.to());
            boolean left = iEnd != null && !iEnd.isBefore(p.from()) && !iEnd.isAfter(p.to());
            rows.add(new SusListRow().anonymous(anonymous).susConsent(consent)
                    .participantId(anonymous ? null : participantId).identityNumber(number)
                    .firstName(anonymous ? null : (String) r[3]).lastName(anonymous ? null : (String) r[4])
                    .sex(Sex.fromValue((String) r[5])).birthYear(((Number) r[6]).intValue())
                    .homeMunicipalityCode((String) r[7]).education(Education.fromValue((String) r[8]))
                    .projectId(Sql.uuid(r[9])).projectName((String) r[10]).municipalityCode((String) r[11])
                    .enrollmentStartDate(Sql.date(r[12]))
                    .susEntry(sus(r[13], r[14], r[15], r[16]))
                    .interventionId(Sql.uuid(r[17])).interventionType((String) r[18])
                    .interventionStartDate(iStart).interventionEndDate(iEnd)
                    .event(entered && left ? SusListEvent.ENTERED_AND_LEFT : entered ? SusListEvent.ENTERED : SusListEvent.LEFT)
                    .exitDate(Sql.date(r[21])).exitOutcome(r[22] == null ? null : ExitOutcome.fromValue((String) r[22]))
                    .susExit(sus(r[23], r[24], r[25], r[26])));
        }
        audit.record(action, RESOURCE, null, participants);
        if (!revealed.isEmpty()) {
            audit.record(AuditLog.Action.REVEAL_IDENTITY, RESOURCE, null, revealed);
        }
        return new SusList().scope(reports.scope(ctx, periods)).rows(rows);
    }

    /** The list as a table for CSV and XLSX, columns in SUS order. */
    public ExportTable table(UUID projectId, String municipality, LocalDate from, LocalDate to, boolean identityNumbers) {
        SusList list = list(projectId, municipality, from, to, identityNumbers, AuditLog.Action.EXPORT);
        List<List<Object>> rows = new ArrayList<>();
        for (SusListRow r : list.getRows()) {
            List<Object> row = new ArrayList<>();
            row.add(r.getSusConsent().toString());
            row.add(r.getIdentityNumber());
            row.add(r.getFirstName());
            row.add(r.getLastName());
            row.add(r.getSex().toString());
            row.add(r.getBirthYear());
            row.add(r.getHomeMunicipalityCode());
            row.add(r.getEducation().toString());
            row.add(r.getProjectName());
            row.add(r.getMunicipalityCode());
            row.add(r.getEnrollmentStartDate().toString());
            addSus(row, r.getSusEntry());
            row.add(r.getInterventionType());
            row.add(r.getInterventionStartDate().toString());
            row.add(r.getInterventionEndDate() == null ? null : r.getInterventionEndDate().toString());
            row.add(r.getEvent().toString());
            row.add(r.getExitDate() == null ? null : r.getExitDate().toString());
            row.add(r.getExitOutcome() == null ? null : r.getExitOutcome().toString());
            addSus(row, r.getSusExit());
            rows.add(row);
        }
        return new ExportTable("sus", List.of("SUS-samtycke", "Personnummer", "Förnamn", "Efternamn", "Kön", "Födelseår",
                "Hemkommun", "Utbildning", "Projekt", "Kommun", "Inskriven", "Sysselsättning vid start", "Omfattning vid start %",
                "Försörjning vid start", "Månader med offentlig försörjning", "Insats", "Insats start", "Insats slut", "Händelse",
                "Avslutad", "Avslutsorsak", "Sysselsättning vid avslut", "Omfattning vid avslut %", "Försörjning vid avslut",
                "Månader med offentlig försörjning vid avslut"), rows);
    }

    private static void addSus(List<Object> row, SusStatus s) {
        row.add(s == null ? null : s.getEmploymentStatus().toString());
        row.add(s == null ? null : s.getExtentPct());
        row.add(s == null ? null : String.join(",", s.getIncomeSources().stream().map(IncomeSource::toString).toList()));
        row.add(s == null ? null : s.getMonthsOnPublicSupport());
    }

    private static SusStatus sus(Object employment, Object extent, Object sources, Object months) {
        if (employment == null) {
            return null;
        }
        List<IncomeSource> income = new ArrayList<>();
        if (sources != null) {
            try {
                for (String s : JSON.readValue(sources.toString(), new TypeReference<List<String>>() {
                })) {
                    income.add(IncomeSource.fromValue(s));
                }
            } catch (JsonProcessingException | IllegalArgumentException e) {
                // A malformed stored list is shown as no sources rather than failing the whole list.
            }
        }
        return new SusStatus().employmentStatus(EmploymentStatus.fromValue((String) employment))
                .extentPct(extent == null ? null : ((Number) extent).intValue()).incomeSources(income)
                .monthsOnPublicSupport(months == null ? null : ((Number) months).intValue());
    }

    private static Boolean bool(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        return o instanceof Number n && n.intValue() != 0;
    }
}
