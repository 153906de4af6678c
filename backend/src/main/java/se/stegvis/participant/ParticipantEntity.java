package se.stegvis.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person followed in the projects (deltagare). The identity number exists only encrypted
 * ({@link #identityCipher}), as a keyed look-up hash and masked; anonymous participants have none.
 */
@Entity
@Table(name = "participant")
public class ParticipantEntity {

    @Id
    public UUID id;

    /** personnummer, samordningsnummer or none. */
    @Column(name = "identity_type")
    public String identityType;

    @Column(name = "identity_cipher")
    public byte[] identityCipher;

    @Column(name = "identity_hash")
    public byte[] identityHash;

    @Column(name = "identity_masked")
    public String identityMasked;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(name = "protected_identity")
    public boolean protectedIdentity;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    public String sex;

    @Column(name = "birth_year")
    public int birthYear;

    @Column(name = "home_municipality_code")
    public String homeMunicipalityCode;

    public String education;

    @Column(name = "interpreter_needed")
    public boolean interpreterNeeded;

    @Column(name = "interpreter_language")
    public String interpreterLanguage;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public boolean isAnonymous() {
        return identityCipher == null;
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
