package se.stegvis.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.stegvis.common.crypto.PersonalDataCipher;
import se.stegvis.common.web.Sql;
import se.stegvis.referral.ReferralEventEntity;

/**
 * Delivers the outbox. Each run claims due deliveries with {@code SELECT … FOR UPDATE SKIP
 * LOCKED} and pushes their next attempt a lease ahead before committing, so that several backend
 * instances never send the same delivery at once and a crash mid-send only delays the retry. Then,
 * outside any transaction, each event is POSTed (10 s timeout) and the outcome recorded: 2xx is
 * delivered; anything else is an attempt, retried after {@code initial-backoff × 2^(n−1)} capped
 * at {@code max-backoff}, and given up (failed) once the event is older than {@code give-up-after}.
 * Logs carry ids and status codes only.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** How long a claimed delivery is left alone: a dispatcher that dies (or loses the database) mid-send is retried after it. */
    @ConfigProperty(name = "stegvis.webhooks.lease", defaultValue = "2m")
    Duration lease;

    @ConfigProperty(name = "stegvis.webhooks.initial-backoff", defaultValue = "30s")
    Duration initialBackoff;

    @ConfigProperty(name = "stegvis.webhooks.max-backoff", defaultValue = "6h")
    Duration maxBackoff;

    @ConfigProperty(name = "stegvis.webhooks.give-up-after", defaultValue = "72h")
    Duration giveUpAfter;

    @Inject
    EntityManager em;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    record Claimed(UUID deliveryId, UUID eventId, String url, byte[] secretCipher) {
    }

    @Scheduled(identity = "webhook-dispatcher", every = "${stegvis.webhooks.poll-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        List<Claimed> batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::claim);
            batch.forEach(this::send);
        } while (batch.size() == BATCH);
    }

    @SuppressWarnings("unchecked")
    List<Claimed> claim() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Object> ids = em.createNativeQuery("""
                SELECT id FROM webhook_delivery WHERE state = 'pending' AND next_attempt_at <= :now
                ORDER BY next_attempt_at LIMIT :batch FOR UPDATE SKIP LOCKED""")
                .setParameter("now", now)
                .setParameter("batch", BATCH)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> claimed = ids.stream().map(Sql::uuid).toList();
        em.createNativeQuery("UPDATE webhook_delivery SET next_attempt_at = :lease WHERE id IN (:ids)")
                .setParameter("lease", now.plus(lease))
                .setParameter("ids", claimed)
                .executeUpdate();
        List<Object[]> rows = em.createNativeQuery("""
                SELECT d.id, d.event_id, s.url, s.secret_cipher FROM webhook_delivery d
                JOIN webhook_subscription s ON s.id = d.subscription_id WHERE d.id IN (:ids)""")
                .setParameter("ids", claimed)
                .getResultList();
        return rows.stream().map(r -> new Claimed(Sql.uuid(r[0]), Sql.uuid(r[1]), (String) r[2], (byte[]) r[3])).toList();
    }

    void send(Claimed c) {
        Integer status = null;
        String error = null;
        try {
            String body = QuarkusTransaction.requiringNew().call(() -> {
                ReferralEventEntity event = em.find(ReferralEventEntity.class, c.eventId());
                return json.writeValueAsString(event.toDto());
            });
            long timestamp = Instant.now().getEpochSecond();
            String signature = WebhookSignature.sign(cipher.decrypt(c.secretCipher()), timestamp, body);
            HttpRequest request = HttpRequest.newBuilder(URI.create(c.url()))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header(WebhookSignature.EVENT_ID, c.eventId().toString())
                    .header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE, signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (java.net.http.HttpTimeoutException e) {
            error = "no answer within " + TIMEOUT.toSeconds() + " s";
        } catch (java.io.IOException e) {
            error = "connection failed: " + e.getClass().getSimpleName();
        } catch (RuntimeException e) {
            error = "could not send: " + e.getClass().getSimpleName();
        }
        Integer statusCode = status;
        String why = error;
        try {
            QuarkusTransaction.requiringNew().run(() -> record(c.deliveryId(), statusCode, why));
        } catch (RuntimeException e) {
            LOG.warnf("webhook delivery %s: cannot record the attempt (%s); it will be retried after the lease",
                    c.deliveryId(), e.getClass().getSimpleName());
        }
    }

    void record(UUID deliveryId, Integer status, String error) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        WebhookDeliveryEntity d = em.find(WebhookDeliveryEntity.class, deliveryId);
        if (d == null || !WebhookDeliveryEntity.PENDING.equals(d.state)) {
            return;
        }
        WebhookAttemptEntity a = new WebhookAttemptEntity();
        a.deliveryId = d.id;
        a.at = now;
        a.statusCode = status;
        a.error = error == null && (status == null || status / 100 != 2) ? "HTTP " + status : error;
        if (status != null && status / 100 == 2) {
            a.error = null;
        }
        em.persist(a);
        d.attemptCount++;
        d.lastStatus = status;
        if (status != null && status / 100 == 2) {
            d.state = WebhookDeliveryEntity.DELIVERED;
            d.nextAttemptAt = null;
        } else if (now.isAfter(d.createdAt.plus(giveUpAfter))) {
            d.state = WebhookDeliveryEntity.FAILED;
            d.nextAttemptAt = null;
            LOG.infof("webhook delivery %s failed after %d attempts", d.id, d.attemptCount);
        } else {
            d.nextAttemptAt = now.plus(backoff(d.attemptCount));
        }
    }

    /** initial × 2^(n−1), capped. */
    Duration backoff(int attempts) {
        Duration wait = initialBackoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
