package se.stegvis.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One try to deliver an event: the HTTP status, or why there was none. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttemptEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    public Instant at;

    @Column(name = "status_code")
    public Integer statusCode;

    public String error;
}
