package se.stegvis.referral;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.ReferralsApi;
import se.stegvis.api.generated.model.DecisionInput;
import se.stegvis.api.generated.model.EnrollFromReferralInput;
import se.stegvis.api.generated.model.Enrollment;
import se.stegvis.api.generated.model.Referral;
import se.stegvis.api.generated.model.ReferralInput;
import se.stegvis.api.generated.model.ReferralStatus;
import se.stegvis.api.generated.model.ScreeningInput;
import se.stegvis.api.generated.model.WithdrawalInput;
import se.stegvis.common.security.Roles;
import se.stegvis.common.web.Versions;

public class ReferralResource implements ReferralsApi {

    @Inject
    ReferralService service;

    @Inject
    ReferralIntake intake;

    @Override
    @RolesAllowed({ Roles.PROJECT_MANAGER, Roles.PARTNER_CASEWORKER, Roles.PARTNER_SYSTEM })
    public Response listReferrals(UUID projectId, ReferralStatus status, OffsetDateTime changedSince, Integer limit,
            String cursor) {
        return Response.ok(service.list(projectId, status, changedSince, limit == null ? 50 : limit, cursor)).build();
    }

    @Override
    @RolesAllowed({ Roles.PARTNER_CASEWORKER, Roles.PARTNER_SYSTEM })
    public Response submitReferral(ReferralInput input, String idempotencyKey) {
        Referral r = intake.submit(input, idempotencyKey);
        return Versions.created("referrals/" + r.getId(), r, r.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.PROJECT_MANAGER, Roles.PARTNER_CASEWORKER, Roles.PARTNER_SYSTEM })
    public Response getReferral(UUID referralId) {
        return ok(service.get(referralId));
    }

    @Override
    @RolesAllowed({ Roles.PARTNER_CASEWORKER, Roles.PARTNER_SYSTEM })
    public Response withdrawReferral(UUID referralId, WithdrawalInput input, String ifMatch) {
        return ok(service.withdraw(referralId, ifMatch, input));
    }

    @Override
    @RolesAllowed(Roles.PROJECT_MANAGER)
    public Response screenReferral(UUID referralId, ScreeningInput input, String ifMatch) {
        return ok(service.screen(referralId, ifMatch, input));
    }

    @Override
    @RolesAllowed(Roles.PROJECT_MANAGER)
    public Response decideReferral(UUID referralId, DecisionInput input, String ifMatch) {
        return ok(service.decide(referralId, ifMatch, input));
    }

    @Override
    @RolesAllowed(Roles.PROJECT_MANAGER)
    public Response enrollFromReferral(UUID referralId, EnrollFromReferralInput input, String ifMatch) {
        Enrollment e = service.enroll(referralId, ifMatch, input);
        return Versions.created("enrollments/" + e.getId(), e, e.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.PROJECT_MANAGER, Roles.PARTNER_CASEWORKER, Roles.PARTNER_SYSTEM })
    public Response getReferralExitSummary(UUID referralId) {
        return Response.ok(service.exitSummary(referralId)).build();
    }

    private static Response ok(Referral r) {
        return Versions.ok(r, r.getVersion());
    }
}
