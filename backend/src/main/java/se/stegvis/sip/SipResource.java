package se.stegvis.sip;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.SipApi;
import se.stegvis.api.generated.model.SipMeeting;
import se.stegvis.api.generated.model.SipMeetingInput;
import se.stegvis.common.security.Roles;
import se.stegvis.common.web.Versions;

public class SipResource implements SipApi {

    @Inject
    SipService service;

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response listSipMeetings(UUID enrollmentId) {
        return Response.ok(service.list(enrollmentId)).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response createSipMeeting(UUID enrollmentId, SipMeetingInput input) {
        SipMeeting m = service.create(enrollmentId, input);
        return Response.created(URI.create("sip-meetings/" + m.getId())).tag(Versions.tag(m.getVersion())).entity(m).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response getSipMeeting(UUID sipMeetingId) {
        SipMeeting m = service.get(sipMeetingId);
        return Response.ok(m).tag(Versions.tag(m.getVersion())).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response updateSipMeeting(UUID sipMeetingId, SipMeetingInput input, String ifMatch) {
        SipMeeting m = service.update(sipMeetingId, ifMatch, input);
        return Response.ok(m).tag(Versions.tag(m.getVersion())).build();
    }
}
