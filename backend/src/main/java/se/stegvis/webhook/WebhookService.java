package se.stegvis.webhook;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.WebhookDelivery;
import se.stegvis.api.generated.model.WebhookDeliveryAttempt;
import se.stegvis.api.generated.model.WebhookSubscription;
import se.stegvis.api.generated.model.WebhookSubscriptionCreated;
import se.stegvis.api.generated.model.WebhookSubscriptionInput;
import se.stegvis.common.crypto.PersonalDataCipher;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.web.Sql;
import se.stegvis.referral.ReferralEventEntity;

/**
 * A partner organisation's webhook subscriptions and their deliveries. A partner system sees only
 * its own organisation's subscriptions (others answer 404).
 */
@ApplicationScoped
@Transactional
public class WebhookService {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
    private final SecureRandom random = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    PersonalDataCipher cipher;

    public WebhookSubscriptionCreated create(WebhookSubscriptionInput in) {
        UUID organisation = organisation();
        String url = checkUrl(in.getUrl());
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        WebhookSubscriptionEntity s = new WebhookSubscriptionEntity();
        s.id = UUID.randomUUID();
        s.organisationId = organisation;
        s.url = url;
        s.secretCipher = cipher.encrypt(secret);
        s.createdByClient = user.clientId();
        s.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        em.persist(s);
        return new WebhookSubscriptionCreated(s.id, s.url, s.createdAt.atOffset(ZoneOffset.UTC), secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookSubscription> list() {
        UUID organisation = organisation();
        return em.createQuery("FROM WebhookSubscriptionEntity WHERE organisationId = :o AND deletedAt IS NULL ORDER BY createdAt",
                WebhookSubscriptionEntity.class).setParameter("o", organisation).getResultList().stream()
                .map(s -> new WebhookSubscription(s.id, s.url, s.createdAt.atOffset(ZoneOffset.UTC))).toList();
    }

    /** Stops the subscription; its undelivered events are marked failed. */
    public void delete(UUID id) {
        WebhookSubscriptionEntity s = own(id);
        s.deletedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        em.createNativeQuery("UPDATE webhook_delivery SET state = 'failed', next_attempt_at = NULL WHERE subscription_id = :s AND state = 'pending'")
                .setParameter("s", s.id).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookDelivery> deliveries(UUID subscriptionId, int limit) {
        WebhookSubscriptionEntity s = own(subscriptionId);
        List<WebhookDeliveryEntity> rows = em.createQuery(
                "FROM WebhookDeliveryEntity WHERE subscriptionId = :s ORDER BY createdAt DESC, id DESC",
                WebhookDeliveryEntity.class).setParameter("s", s.id).setMaxResults(limit).getResultList();
        List<WebhookDelivery> result = new ArrayList<>();
        for (WebhookDeliveryEntity d : rows) {
            ReferralEventEntity event = em.find(ReferralEventEntity.class, d.eventId);
            List<WebhookDeliveryAttempt> attempts = em.createQuery(
                    "FROM WebhookAttemptEntity WHERE deliveryId = :d ORDER BY at, id", WebhookAttemptEntity.class)
                    .setParameter("d", d.id).getResultList().stream().map(a -> {
                        WebhookDeliveryAttempt x = new WebhookDeliveryAttempt(a.at.atOffset(ZoneOffset.UTC));
                        x.setStatusCode(a.statusCode);
                        x.setError(a.error);
                        return x;
                    }).toList();
            WebhookDelivery dto = new WebhookDelivery(event.toDto(), WebhookDelivery.StateEnum.fromValue(d.state),
                    new ArrayList<>(attempts));
            dto.setNextAttemptAt(d.nextAttemptAt == null ? null : d.nextAttemptAt.atOffset(ZoneOffset.UTC));
            result.add(dto);
        }
        return result;
    }

    private WebhookSubscriptionEntity own(UUID id) {
        UUID organisation = organisation();
        WebhookSubscriptionEntity s = em.find(WebhookSubscriptionEntity.class, id);
        if (s == null || s.deletedAt != null || !s.organisationId.equals(organisation)) {
            throw ApiException.notFound("Webhook subscription");
        }
        return s;
    }

    private UUID organisation() {
        String code = user.organisationCode();
        List<?> rows = code == null ? List.of()
                : em.createNativeQuery("SELECT id FROM organisation WHERE code = :c").setParameter("c", code).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.forbidden("Your token names no organisation known to Stegvis");
        }
        return Sql.uuid(rows.get(0));
    }

    /** HTTPS to anywhere; plain HTTP only to the loopback interface, for development. */
    static String checkUrl(String url) {
        String message = "must be an absolute HTTPS URL (plain HTTP only to 127.0.0.1, localhost or [::1])";
        URI uri;
        try {
            uri = url == null ? null : new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            uri = null;
        }
        if (uri == null) {
            throw ApiException.invalid("url", message);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || uri.getUserInfo() != null || uri.getFragment() != null) {
            throw ApiException.invalid("url", message);
        }
        boolean ok = scheme.equals("https") || (scheme.equals("http") && LOOPBACK.contains(host.toLowerCase(Locale.ROOT)));
        if (!ok) {
            throw ApiException.invalid("url", message);
        }
        return uri.toString();
    }
}
