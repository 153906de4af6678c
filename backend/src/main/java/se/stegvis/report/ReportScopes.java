package se.stegvis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import se.stegvis.api.generated.model.FieldError;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.AccessScope;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.common.web.Sql;

/**
 * Checks a report request and decides what the caller sees. Coordinators and project managers see
 * exact counts when everything the report covers lies within their assignments (the whole project,
 * or the one municipality asked for); for anything beyond, and always for analysts, small cells are
 * suppressed. Reports hold no participant rows, so anyone with a report role may ask about any
 * project: the protection, not a 404, is what keeps people unrecognisable.
 */
@ApplicationScoped
public class ReportScopes {

    static final int MAX_YEARS = 10;

    @Inject
    EntityManager em;

    @Inject
    AccessScope scope;

    @Inject
    ReportConfig config;

    /** The periods asked for, or 422 naming every invalid field. The comparison is null when not asked for. */
    List<Period> periods(java.time.LocalDate from, java.time.LocalDate to, java.time.LocalDate compareFrom,
            java.time.LocalDate compareTo) {
        List<FieldError> errors = new ArrayList<>();
        check(from, to, "from", "to", errors);
        if ((compareFrom == null) != (compareTo == null)) {
            errors.add(new FieldError(compareFrom == null ? "compareFrom" : "compareTo",
                    "give both compareFrom and compareTo, or neither"));
        } else if (compareFrom != null) {
            check(compareFrom, compareTo, "compareFrom", "compareTo", errors);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        List<Period> periods = new ArrayList<>();
        periods.add(new Period(from, to));
        periods.add(compareFrom == null ? null : new Period(compareFrom, compareTo));
        return periods;
    }

    private static void check(java.time.LocalDate from, java.time.LocalDate to, String fromField, String toField,
            List<FieldError> errors) {
        if (from == null) {
            errors.add(new FieldError(fromField, "is required"));
            return;
        }
        if (to == null) {
            errors.add(new FieldError(toField, "is required"));
            return;
        }
        if (from.getYear() < 1900 || from.getYear() > 2200) {
            errors.add(new FieldError(fromField, "must be a date between 1900 and 2200"));
        } else if (to.isBefore(from)) {
            errors.add(new FieldError(toField, "must not be before " + fromField));
        } else if (!to.isBefore(from.plusYears(MAX_YEARS))) {
            errors.add(new FieldError(toField, "the period may be at most " + MAX_YEARS + " years"));
        }
    }

    /** The project and municipality asked for (404 for an unknown project, 422 for an unknown municipality). */
    ReportContext resolve(UUID projectId, String municipality) {
        String projectName = null;
        ReportContext.Goals goals = ReportContext.Goals.NONE;
        if (projectId != null) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT name, goal_work_or_studies_pct, goal_step_forward_pct, goal_wellbeing_improved_pct
                    FROM project WHERE id = :id""").setParameter("id", projectId).getResultList();
            if (rows.isEmpty()) {
                throw ApiException.notFound("Project");
            }
            Object[] r = rows.get(0);
            projectName = (String) r[0];
            goals = new ReportContext.Goals(integer(r[1]), integer(r[2]), integer(r[3]));
        }
        String municipalityName = null;
        if (municipality != null) {
            @SuppressWarnings("unchecked")
            List<Object> names = em.createNativeQuery("SELECT name FROM municipality WHERE code = :c")
                    .setParameter("c", municipality).getResultList();
            if (names.isEmpty()) {
                throw ApiException.invalid("municipality", "no municipality has this code");
            }
            municipalityName = (String) names.get(0);
        }
        return new ReportContext(projectId, projectName, municipality, municipalityName, goals,
                exact(projectId, municipality), config.minCell(), SwedishCalendar.today());
    }

    private boolean exact(UUID projectId, String municipality) {
        if (!scope.worksWithParticipants()) {
            return false;
        }
        List<UUID> projects;
        if (projectId != null) {
            projects = List.of(projectId);
        } else {
            @SuppressWarnings("unchecked")
            List<Object> ids = em.createNativeQuery("SELECT id FROM project").getResultList();
            projects = ids.stream().map(Sql::uuid).toList();
        }
        for (UUID p : projects) {
            boolean covered = municipality != null ? scope.covers(p, municipality)
                    : scope.assignments().stream().anyMatch(a -> a.projectId().equals(p) && a.municipalityCode() == null);
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
