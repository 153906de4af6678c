package se.stegvis.participant;

import java.time.LocalDate;

import se.stegvis.common.crypto.PersonalDataCipher;

/**
 * How an identity number is kept at rest: encrypted, as a keyed hash for lookups and duplicate
 * checks, and masked for display. The one place that decides this for participants and referrals.
 */
public record StoredIdentity(String type, byte[] cipher, byte[] hash, String masked, LocalDate birthDate) {

    public static StoredIdentity of(IdentityNumber number, PersonalDataCipher personalDataCipher) {
        String canonical = number.canonical();
        return new StoredIdentity(number.type().toString(), personalDataCipher.encrypt(canonical),
                personalDataCipher.lookupHash(canonical), number.masked(), number.birthDate());
    }
}
