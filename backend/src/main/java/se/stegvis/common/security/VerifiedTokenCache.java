package se.stegvis.common.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.LongAdder;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
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

    /** Bounded; an entry expires when its token does. */
    private Cache<String, Entry> entries;
    /** Requests answered from an entry (for tests: proves the OIDC extension was not asked). */
    private final LongAdder hits = new LongAdder();

    @PostConstruct
    void init() {
        entries = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(Expiry.creating((String key, Entry entry) ->
                        Duration.ofSeconds(Math.max(0, entry.expiresAt() - Instant.now().getEpochSecond()))))
                .build();
    }

    /**
     * The identity remembered for this exact token while it has not expired, for this request
     * (its routing context added); null when there is none and the token must be verified.
     * {@link RememberedTokenMechanism} asks this before the OIDC mechanism runs at all.
     */
    SecurityIdentity remembered(String token, RoutingContext routing) {
        if (!enabled || token == null) {
            return null;
        }
        Entry entry = entries.getIfPresent(key(token));
        if (entry == null) {
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
                SecurityIdentity remembered = QuarkusSecurityIdentity.builder(identity).addAttribute(CACHED, Boolean.TRUE)
                        .addAttribute(Caller.ATTRIBUTE, Caller.of(jwt, identity.getRoles())).build();
                entries.put(key(token), new Entry(remembered, jwt.getExpirationTime()));
            }
        }
        return Uni.createFrom().item(identity);
    }

    /** Whether this token is remembered (for tests). */
    boolean remembers(String token) {
        return entries.getIfPresent(key(new TokenCredential(token, "bearer"))) != null;
    }

    /** How many requests were answered from an entry (for tests). */
    long hits() {
        return hits.sum();
    }

    private static String key(TokenCredential credential) {
        return key(credential.getToken());
    }

    /** One digest per thread: looking the algorithm up through the providers cost as much as hashing the token. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private static String key(String token) {
        // digest() resets the instance, so the next call on this thread starts clean.
        return Base64.getEncoder().encodeToString(SHA_256.get().digest(token.getBytes(StandardCharsets.US_ASCII)));
    }
}
