package se.stegvis.participant;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.ParticipantsApi;
import se.stegvis.api.generated.model.CaseloadFlag;
import se.stegvis.api.generated.model.IdentityNumberLookup;
import se.stegvis.api.generated.model.Participant;
import se.stegvis.api.generated.model.ParticipantCreate;
import se.stegvis.api.generated.model.ParticipantSort;
import se.stegvis.api.generated.model.ParticipantUpdate;
import se.stegvis.api.generated.model.Phase;
import se.stegvis.common.security.Roles;
import se.stegvis.common.web.Versions;

public class ParticipantResource implements ParticipantsApi {

    @Inject
    ParticipantService service;

    @Inject
    ParticipantListService lists;

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response listParticipants(String q, UUID projectId, String municipalityCode, UUID coordinatorId, Phase phase,
            CaseloadFlag flag, ParticipantSort sort, Integer limit, String cursor) {
        var filter = new ParticipantListService.Filter(q, projectId, municipalityCode, coordinatorId, phase, flag);
        return Response.ok(lists.list(filter, sort, limit == null ? 50 : limit, cursor)).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response createParticipant(ParticipantCreate participantCreate) {
        Participant p = service.create(participantCreate);
        return Versions.created("participants/" + p.getId(), p, p.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response lookupParticipant(IdentityNumberLookup identityNumberLookup) {
        return Response.ok(service.lookup(identityNumberLookup)).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response getParticipant(UUID participantId) {
        Participant p = service.get(participantId);
        return Versions.ok(p, p.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response updateParticipant(UUID participantId, ParticipantUpdate participantUpdate, String ifMatch) {
        Participant p = service.update(participantId, ifMatch, participantUpdate);
        return Versions.ok(p, p.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response revealIdentityNumber(UUID participantId) {
        return Response.ok(service.reveal(participantId)).build();
    }
}
