package se.stegvis.common.ratelimit;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One Bucket4j token bucket per partner caller, created on its first request and held in this
 * instance's memory (not shared between instances). Partner clients and caseworkers are few, so
 * the buckets are never evicted.
 */
@ApplicationScoped
public class PartnerRateLimiter {

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    RateLimitConfig config;

    /**
     * Takes one request from the caller's bucket.
     *
     * @return empty when the request may go ahead, otherwise the seconds until the next one may
     */
    public OptionalLong tryAcquire(String callerKey) {
        ConsumptionProbe probe = buckets.computeIfAbsent(callerKey, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long seconds = (probe.getNanosToWaitForRefill() + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
        return OptionalLong.of(Math.max(1, seconds));
    }

    private Bucket newBucket() {
        RateLimitConfig.Partner limit = config.partner();
        return Bucket.builder()
                .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.refillPerMinute(), Duration.ofMinutes(1)))
                .build();
    }
}
