package se.stegvis.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The outbox: one event for one subscription, with its delivery state. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDeliveryEntity {

    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";

    @Id
    public UUID id;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    @Column(name = "event_id")
    public UUID eventId;

    public String state;

    @Column(name = "attempt_count")
    public int attemptCount;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "created_at")
    public Instant createdAt;
}
