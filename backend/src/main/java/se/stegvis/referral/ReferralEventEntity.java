package se.stegvis.referral;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.stegvis.api.generated.model.ReferralEvent;
import se.stegvis.api.generated.model.ReferralStatus;

/** One status change of a referral: its history, and the source of the webhook outbox. */
@Entity
@Table(name = "referral_event")
public class ReferralEventEntity {

    @Id
    public UUID id;

    @Column(name = "referral_id")
    public UUID referralId;

    public String type;
    public String status;
    public String reason;
    public String actor;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    /** Insertion order, for a stable history when two changes share a millisecond. */
    @Column(name = "seq", insertable = false, updatable = false)
    public Long seq;

    public ReferralEvent toDto() {
        ReferralEvent e = new ReferralEvent(id, ReferralEvent.TypeEnum.fromValue(type),
                occurredAt.atOffset(ZoneOffset.UTC), referralId, ReferralStatus.fromValue(status));
        e.setReason(reason);
        e.setActor(actor);
        return e;
    }
}
