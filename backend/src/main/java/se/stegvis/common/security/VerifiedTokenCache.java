package se.stegvis.common.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Remembers the identity of an access token once the OIDC extension has verified it (signature,
 * issuer, audience, expiry), until the token expires. A client sends the same token with every
 * call for its whole lifetime, and verifying it again (an RSA signature check and JSON parsing,
 * about a tenth of a millisecond) was a large share of a short request's cost.
 *
 * <p>The key is the SHA-256 of the whole token: any other token, a tampered one included, is
 * verified in full. An entry is used only before the token's {@code exp}; verification of a JWT
 * is local anyway (no revocation check), so remembering the outcome until then accepts exactly
 * what verifying again would. {@link RememberedTokenMechanism} asks it before the OIDC mechanism
 * runs; without an entry the OIDC extension verifies the token in full, and the augmentor below
 * stores what it produced.
 */
@ApplicationScoped
public class VerifiedTokenCache implements SecurityIdentityAugmentor {

    private static final String CACHED = VerifiedTokenCache.class.getName();

    record Entry(SecurityIdentity identity, long expiresAt) {
    }

    @ConfigProperty(name = "stegvis.token-cache.max-size", defaultValue = "2000")
    int maxSize;

    @ConfigProperty(name = "stegvis.token-cache.enabled", defaultValue = "true")
    boolean enabled;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Requests answered from an entry (for tests: proves the OIDC extension was not asked). */
    private final LongAdder hits = new LongAdder();

    /**
     * The identity remembered for this exact token while it has not expired, for this request
     * (its routing context added); null when there is none and the token must be verified.
     * {@link RememberedTokenMechanism} asks this before the OIDC mechanism runs at all.
     */
    SecurityIdentity remembered(String token, RoutingContext routing) {
        if (!enabled || token == null) {
            return null;
        }
        String key = key(token);
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (entry.expiresAt() <= Instant.now().getEpochSecond()) {
            entries.remove(key);
            return null;
        }
        hits.increment();
        // The identity is shared between requests; only the request's own routing context differs.
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder(entry.identity());
        if (routing != null) {
            copy.addAttribute(RoutingContext.class.getName(), routing);
        }
        return copy.build();
    }

    /** Runs after any provider: remembers an identity the OIDC provider verified from a token. */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (enabled && !identity.isAnonymous() && identity.getAttribute(CACHED) == null
                && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            // getCredential(TokenCredential.class) matches the exact class only, not the OIDC subclass.
            TokenCredential token = identity.getCredentials().stream().filter(TokenCredential.class::isInstance)
                    .map(TokenCredential.class::cast).findFirst().orElse(null);
            if (token != null && token.getToken() != null) {
                if (entries.size() >= maxSize) {
                    evict();
                }
                SecurityIdentity remembered = QuarkusSecurityIdentity.builder(identity).addAttribute(CACHED, Boolean.TRUE)
                        .addAttribute(Caller.ATTRIBUTE, Caller.of(jwt, identity.getRoles())).build();
                entries.put(key(token), new Entry(remembered, jwt.getExpirationTime()));
            }
        }
        return Uni.createFrom().item(identity);
    }

    /** Whether this token is remembered (for tests). */
    boolean remembers(String token) {
        return entries.containsKey(key(new TokenCredential(token, "bearer")));
    }

    /** How many requests were answered from an entry (for tests). */
    long hits() {
        return hits.sum();
    }

    /** Drops expired entries; if the cache is still full, all of them (tokens live minutes). */
    private void evict() {
        long now = Instant.now().getEpochSecond();
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext();) {
            if (it.next().expiresAt() <= now) {
                it.remove();
            }
        }
        if (entries.size() >= maxSize) {
            entries.clear();
        }
    }

    private static String key(TokenCredential credential) {
        return key(credential.getToken());
    }

    private static String key(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
