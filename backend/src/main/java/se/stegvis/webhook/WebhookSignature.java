package se.stegvis.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery, as the contract describes it:
 * {@code Stegvis-Signature: v1=<hex HMAC-SHA-256 of "<timestamp>.<body>" with the secret>}, the
 * timestamp being the {@code Stegvis-Timestamp} header (Unix seconds). The secret's UTF-8 bytes
 * (the hex string as handed out) are the HMAC key.
 */
public final class WebhookSignature {

    public static final String EVENT_ID = "Stegvis-Event-Id";
    public static final String TIMESTAMP = "Stegvis-Timestamp";
    public static final String SIGNATURE = "Stegvis-Signature";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }
}
