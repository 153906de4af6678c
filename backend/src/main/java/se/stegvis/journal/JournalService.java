package se.stegvis.journal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.JournalNote;
import se.stegvis.api.generated.model.JournalNoteInput;
import se.stegvis.api.generated.model.UserRef;
import se.stegvis.audit.AuditLog;
import se.stegvis.audit.AuditLog.Action;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.security.UserDirectory;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.enrollment.EnrollmentAccess;
import se.stegvis.enrollment.EnrollmentEntity;

/**
 * Journal notes. A note may be written after exit too (the exit conversation, the six-month
 * follow-up), so only visibility is required, not an open enrollment. The text is never logged.
 */
@ApplicationScoped
@Transactional
public class JournalService {


    @Inject
    EnrollmentAccess access;

    @Inject
    JournalNoteRepository notes;

    @Inject
    UserDirectory directory;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JournalNote> list(UUID enrollmentId) {
        EnrollmentEntity enrollment = access.requireVisible(enrollmentId);
        List<JournalNoteEntity> rows = notes.ofEnrollment(enrollmentId);
        Map<UUID, UserRef> names = directory.names(rows.stream().map(n -> n.authorId).toList());
        audit.record(Action.LIST, "journal-note", enrollmentId, enrollment.participantId);
        return rows.stream().map(n -> JournalMapper.toDto(n, names)).toList();
    }

    public JournalNote create(UUID enrollmentId, JournalNoteInput input) {
        EnrollmentEntity enrollment = access.requireVisible(enrollmentId);
        if (input.getText().isBlank()) {
            throw ApiException.invalid("text", "must not be blank");
        }
        if (input.getNoteDate().isAfter(SwedishCalendar.today())) {
            throw ApiException.invalid("noteDate", "must not be in the future");
        }
        JournalNoteEntity n = new JournalNoteEntity();
        n.id = UUID.randomUUID();
        n.enrollmentId = enrollmentId;
        n.noteDate = input.getNoteDate();
        n.category = input.getCategory().toString();
        n.body = input.getText();
        n.authorId = user.id();
        n.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        notes.persist(n);
        notes.flush();
        audit.record(Action.CREATE, "journal-note", n.id, enrollment.participantId);
        return JournalMapper.toDto(n, directory.names(List.of(n.authorId)));
    }
}
