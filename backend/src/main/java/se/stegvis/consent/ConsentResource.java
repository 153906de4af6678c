package se.stegvis.consent;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.ConsentsApi;
import se.stegvis.api.generated.model.Consent;
import se.stegvis.api.generated.model.ConsentRecordInput;
import se.stegvis.api.generated.model.ConsentWithdrawalInput;
import se.stegvis.common.security.Roles;

public class ConsentResource implements ConsentsApi {

    @Inject
    ConsentService service;

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response listConsents(UUID participantId) {
        return Response.ok(service.list(participantId)).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response recordConsent(UUID participantId, ConsentRecordInput consentRecordInput) {
        Consent c = service.record(participantId, consentRecordInput);
        return Response.created(URI.create("participants/" + participantId + "/consents")).entity(c).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response withdrawConsent(UUID consentId, ConsentWithdrawalInput consentWithdrawalInput) {
        return Response.ok(service.withdraw(consentId, consentWithdrawalInput)).build();
    }
}
