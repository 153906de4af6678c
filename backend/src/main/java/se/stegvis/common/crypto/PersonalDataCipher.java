package se.stegvis.common.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Encrypts identity numbers at rest with AES-256-GCM and derives the keyed look-up hash
 * (HMAC-SHA-256). Keys come from configuration only.
 *
 * <p>Each ciphertext starts with the one-byte id of the key that made it, so keys can be rotated:
 * add the new key under a new id, make it {@code stegvis.crypto.active-key}, and keep the old one
 * until {@link KeyRotation} has rewritten every row. The look-up hash key is not rotated: that would
 * need every row re-hashed at once, while look-ups by the old hash still run.
 */
@ApplicationScoped
public class PersonalDataCipher {

    @ConfigMapping(prefix = "stegvis.crypto")
    public interface Keys {
        /** Encryption keys by id (1–255), each 32 bytes, base64. */
        @WithName("keys")
        Map<String, String> encryptionKeys();

        @WithName("active-key")
        int activeKey();

        /** The HMAC key for look-up hashes, at least 32 bytes, base64. */
        @WithName("hash-key")
        String hashKey();
    }

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecureRandom random = new SecureRandom();
    private final Map<Integer, SecretKeySpec> keys = new HashMap<>();
    private final int activeKey;
    private final SecretKeySpec hashKey;

    public PersonalDataCipher(Keys config) {
        config.encryptionKeys().forEach((id, key) -> {
            byte[] bytes = Base64.getDecoder().decode(key);
            if (bytes.length != 32) {
                throw new IllegalStateException("stegvis.crypto.keys." + id + " must be 32 bytes (base64)");
            }
            keys.put(Integer.parseInt(id), new SecretKeySpec(bytes, "AES"));
        });
        this.activeKey = config.activeKey();
        if (!keys.containsKey(activeKey) || activeKey < 1 || activeKey > 255) {
            throw new IllegalStateException("stegvis.crypto.active-key names no configured key");
        }
        byte[] hash = Base64.getDecoder().decode(config.hashKey());
        if (hash.length < 32) {
            throw new IllegalStateException("stegvis.crypto.hash-key must be at least 32 bytes (base64)");
        }
        this.hashKey = new SecretKeySpec(hash, "HmacSHA256");
    }

    public byte[] encrypt(String plaintext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(new byte[] { (byte) activeKey });
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put((byte) activeKey).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(byte[] stored) {
        try {
            int keyId = Byte.toUnsignedInt(stored[0]);
            SecretKeySpec key = Optional.ofNullable(keys.get(keyId))
                    .orElseThrow(() -> new IllegalStateException("no key with id " + keyId));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            cipher.updateAAD(new byte[] { stored[0] });
            byte[] plain = cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed", e);
        }
    }

    public boolean isEncryptedWithActiveKey(byte[] stored) {
        return Byte.toUnsignedInt(stored[0]) == activeKey;
    }

    public int activeKeyId() {
        return activeKey;
    }

    public byte[] lookupHash(String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("hashing failed", e);
        }
    }
}
