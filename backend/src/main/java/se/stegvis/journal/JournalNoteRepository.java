package se.stegvis.journal;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class JournalNoteRepository implements PanacheRepositoryBase<JournalNoteEntity, UUID> {

    /** Newest first: by the note's date, then by when it was written. */
    public List<JournalNoteEntity> ofEnrollment(UUID enrollmentId) {
        return list("enrollmentId = ?1 order by noteDate desc, createdAt desc, id desc", enrollmentId);
    }
}
