package se.stegvis.webhook;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Retries after one second instead of thirty, a worker that looks every second, and exits noticed within a second. */
public class FastRetries implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("stegvis.webhooks.initial-backoff", "1s", "stegvis.webhooks.poll-interval", "1s",
                "stegvis.referrals.exit-scan-interval", "1s");
    }
}
