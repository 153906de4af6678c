package se.stegvis.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A journal note on an enrollment. The text is sensitive personal data (health, social
 * circumstances): it is never logged, never echoed in an error and has no {@code toString}.
 */
@Entity
@Table(name = "journal_note")
public class JournalNoteEntity {

    @Id
    public UUID id;

    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    @Column(name = "note_date")
    public LocalDate noteDate;

    /** contact, meeting, intervention, health, sip or other. */
    public String category;

    /** The note's text (the contract's {@code text}). */
    public String body;

    @Column(name = "author_id")
    public UUID authorId;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
}
