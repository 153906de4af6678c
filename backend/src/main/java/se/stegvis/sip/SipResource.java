package se.stegvis.sip;

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
        return Versions.created("sip-meetings/" + m.getId(), m, m.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response getSipMeeting(UUID sipMeetingId) {
        SipMeeting m = service.get(sipMeetingId);
        return Versions.ok(m, m.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response updateSipMeeting(UUID sipMeetingId, SipMeetingInput input, String ifMatch) {
        SipMeeting m = service.update(sipMeetingId, ifMatch, input);
        return Versions.ok(m, m.getVersion());
    }
}
