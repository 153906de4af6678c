package se.stegvis.caseload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.stegvis.api.generated.model.CaseloadFlag;
import se.stegvis.common.web.KeptAnswers;
import se.stegvis.common.web.PooledRead;

/**
 * Caseload answers kept ({@link KeptAnswers}), as the JSON sent, for as long as nothing they show has changed. A
 * coordinator opens the same caseload many times a day, and computing it (five tables, the
 * interventions ongoing today, six flags) costs far more than asking whether anything in it changed.
 *
 * <p>Whether it changed is read from the database on every request, never assumed. The fingerprint
 * is the caller's scope stamp with the id and change stamp of every open enrollment the answer is
 * drawn from (migrations V96 and V99: triggers move an enrollment's stamp when it, its interventions, its
 * participant's name, its project's or coordinator's name or an intervention type's category
 * change, and the caller's scope stamp when their assignments change). It is read from one
 * index range, before the caller's access is applied: the answer is those rows filtered by the
 * caller's assignments, so equal rows and an equal scope stamp mean an equal answer, and an
 * enrollment that comes, goes or moves changes the fingerprint. Changes made through another
 * instance, a retention run or plain SQL are seen alike. The flags depend on the date, which is
 * part of the key. The fingerprint is read before the answer is computed, so a kept answer is
 * never older than the fingerprint it is kept under.
 */
@ApplicationScoped
public class CaseloadAnswers {

    /** What a caseload answer depends on besides the data: who asks, the filters and the day. */
    public record Key(UUID caller, UUID projectId, UUID coordinatorId, CaseloadFlag flag, LocalDate today) {
    }

    /**
     * The caller's row is a constant to the optimizer (a primary-key match) and the stamps a
     * primary-key look-up per row, so this is one index range; the index is named because weighing
     * the enrollment's other indexes cost more than the read.
     */
    private static final String FINGERPRINT_OF_COORDINATOR = "SELECT u.scope_stamp, e.id, c.stamp FROM app_user u"
            + " JOIN enrollment e FORCE INDEX (ix_enrollment_coordinator_status_project)"
            + " LEFT JOIN enrollment_change c ON c.enrollment_id = e.id WHERE u.id = ? AND e.status = 'open' AND e.coordinator_id = ?";
    /** A project manager's whole projects: the open enrollments of the projects they are assigned to. */
    private static final String FINGERPRINT_OF_PROJECTS = "SELECT u.scope_stamp, e.id, c.stamp FROM app_user u"
            + " JOIN enrollment e LEFT JOIN enrollment_change c ON c.enrollment_id = e.id WHERE u.id = ? AND e.status = 'open'"
            + " AND e.project_id IN (SELECT ua.project_id FROM user_assignment ua WHERE ua.user_id = u.id)";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    KeptAnswers kept;

    /**
     * The kept answer when its fingerprint still holds; otherwise computes one, keeps it and returns
     * it. {@code compute} must apply the same filters as the fingerprint.
     */
    public KeptAnswers.Kept answer(Key key, Supplier<KeptAnswers.Kept> compute) {
        String now = fingerprint(key);
        // No rows says nothing about the caller's scope: an empty caseload is computed (cheaply) each time.
        if (now.isEmpty()) {
            return compute.get();
        }
        return kept.keep(new KeptAnswers.Key("caseload", key), now, compute);
    }

    private String fingerprint(Key key) {
        StringBuilder sql = new StringBuilder(key.coordinatorId() != null ? FINGERPRINT_OF_COORDINATOR : FINGERPRINT_OF_PROJECTS);
        if (key.projectId() != null) {
            sql.append(" AND e.project_id = ?");
        }
        List<String> parameters = new ArrayList<>(List.of(key.caller().toString()));
        if (key.coordinatorId() != null) {
            parameters.add(key.coordinatorId().toString());
        }
        if (key.projectId() != null) {
            parameters.add(key.projectId().toString());
        }
        List<String> rows = PooledRead.query(dataSource, "the caseload's change stamps", sql.toString(), parameters, r -> {
            List<String> read = new ArrayList<>();
            while (r.next()) {
                read.add(r.getLong(1) + " " + r.getString(2) + ' ' + r.getLong(3));
            }
            return read;
        });
        // Sorted here, not by the query: an ORDER BY id cost MariaDB a sort of the index's rows.
        Collections.sort(rows);
        return String.join(";", rows);
    }
}
