package se.stegvis.common.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** After key 2 is made active, identity numbers stored under key 1 are rewritten under key 2, unchanged. */
@QuarkusTest
@TestProfile(KeyRotationTest.SecondKeyActive.class)
class KeyRotationTest {

    public static class SecondKeyActive implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stegvis.crypto.active-key", "2");
        }
    }

    @Inject
    KeyRotation rotation;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    EntityManager em;

    @Test
    void numbersUnderTheOldKeyAreRewrittenUnderTheActiveOneAndStillReadTheSame() {
        String number = "19121212-1212";
        byte[] underKeyOne = oldCipher().encrypt(number);
        assertEquals(1, underKeyOne[0]);
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO participant (id, identity_type, identity_cipher, identity_hash, identity_masked, sex, birth_year)
                VALUES (:id, 'personnummer', :c, :h, '19121212-****', 'male', 1912)""")
                .setParameter("id", id).setParameter("c", underKeyOne)
                .setParameter("h", cipher.lookupHash("rotation-test-" + id)).executeUpdate());

        while (rotation.reencryptBatch() > 0) {
            // until every old row is rewritten
        }

        byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) em.createNativeQuery(
                "SELECT identity_cipher FROM participant WHERE id = :id").setParameter("id", id).getSingleResult());
        assertEquals(2, stored[0], "rewritten under the active key");
        assertEquals(number, cipher.decrypt(stored));
        assertEquals(0, rotation.remaining());
    }

    /** A cipher as configured before the rotation: the same keys, key 1 active. */
    private static PersonalDataCipher oldCipher() {
        var config = ConfigProvider.getConfig();
        return new PersonalDataCipher(new PersonalDataCipher.Keys() {
            @Override
            public Map<String, String> encryptionKeys() {
                return Map.of("1", config.getValue("stegvis.crypto.keys.1", String.class),
                        "2", config.getValue("stegvis.crypto.keys.2", String.class));
            }

            @Override
            public int activeKey() {
                return 1;
            }

            @Override
            public String hashKey() {
                return config.getValue("stegvis.crypto.hash-key", String.class);
            }
        });
    }
}
