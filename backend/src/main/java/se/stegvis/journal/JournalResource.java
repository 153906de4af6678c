package se.stegvis.journal;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.JournalApi;
import se.stegvis.api.generated.model.JournalNote;
import se.stegvis.api.generated.model.JournalNoteInput;
import se.stegvis.common.security.Roles;

public class JournalResource implements JournalApi {

    @Inject
    JournalService service;

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response listJournalNotes(UUID enrollmentId) {
        return Response.ok(service.list(enrollmentId)).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response createJournalNote(UUID enrollmentId, JournalNoteInput input) {
        JournalNote n = service.create(enrollmentId, input);
        // Notes have no resource of their own; they are read through the enrollment's journal.
        return Response.created(URI.create("enrollments/" + enrollmentId + "/journal")).entity(n).build();
    }
}
