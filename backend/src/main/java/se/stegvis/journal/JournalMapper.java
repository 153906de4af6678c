package se.stegvis.journal;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import se.stegvis.api.generated.model.JournalCategory;
import se.stegvis.api.generated.model.JournalNote;
import se.stegvis.api.generated.model.UserRef;

final class JournalMapper {

    private JournalMapper() {
    }

    static JournalNote toDto(JournalNoteEntity e, Map<UUID, UserRef> names) {
        JournalNote n = new JournalNote(e.id, e.enrollmentId, e.noteDate, JournalCategory.fromValue(e.category), e.body,
                e.createdAt.atOffset(ZoneOffset.UTC));
        if (e.authorId != null) {
            n.setAuthor(names.getOrDefault(e.authorId, new UserRef(e.authorId, "Okänd användare")));
        }
        return n;
    }
}
