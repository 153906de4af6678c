package se.stegvis.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.stegvis.api.generated.model.Referral;
import se.stegvis.api.generated.model.ReferralInput;

/**
 * Submission with safe retries. The submission runs in its own transaction; when its
 * Idempotency-Key turns out to be taken (by an earlier or a concurrent request that has
 * committed), the first result is read in a fresh transaction, which sees that commit.
 */
@ApplicationScoped
public class ReferralIntake {

    @Inject
    ReferralService service;

    public Referral submit(ReferralInput in, String idempotencyKey) {
        byte[] hash = service.requestHash(in);
        try {
            return service.submitOnce(in, idempotencyKey, hash);
        } catch (ReferralService.KeyTaken taken) {
            return service.replay(idempotencyKey, hash);
        }
    }
}
