package se.stegvis.common.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Rate limits of the partner API ({@code stegvis.rate-limit.*}): a token bucket per machine client
 * and per partner caseworker. Buckets live in each instance's memory, so with two instances a
 * client may send up to twice the configured rate in total.
 */
@ConfigMapping(prefix = "stegvis.rate-limit")
public interface RateLimitConfig {

    /** Off only for load tests and the like; the partner API is exposed to other organisations' systems. */
    @WithDefault("true")
    boolean enabled();

    Partner partner();

    interface Partner {
        /** Requests a client may send in a burst: the bucket's size. */
        @WithDefault("120")
        long capacity();

        /** Requests added back to the bucket per minute, spread evenly over the minute. */
        @WithDefault("120")
        long refillPerMinute();
    }
}
