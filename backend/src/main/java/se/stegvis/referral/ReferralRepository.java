package se.stegvis.referral;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<ReferralEntity, UUID> {
}
