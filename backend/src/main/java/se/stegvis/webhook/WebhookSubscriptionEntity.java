package se.stegvis.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner organisation's URL for referral events; the signing secret is stored encrypted. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscriptionEntity {

    @Id
    public UUID id;

    @Column(name = "organisation_id")
    public UUID organisationId;

    public String url;

    @Column(name = "secret_cipher")
    public byte[] secretCipher;

    @Column(name = "created_by_client")
    public String createdByClient;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;
}
