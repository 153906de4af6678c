package se.stegvis.participant;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import se.stegvis.api.generated.model.Education;
import se.stegvis.api.generated.model.IdentityType;
import se.stegvis.api.generated.model.Participant;
import se.stegvis.api.generated.model.Sex;

final class ParticipantMapper {

    private ParticipantMapper() {
    }

    static Participant toDto(ParticipantEntity e, LocalDate today) {
        Participant p = new Participant(e.id, IdentityType.fromValue(e.identityType), e.isAnonymous(), e.protectedIdentity,
                Sex.fromValue(e.sex), e.birthYear, Education.fromValue(e.education), e.interpreterNeeded,
                e.createdAt.atOffset(ZoneOffset.UTC), e.version);
        p.setIdentityNumberMasked(e.identityMasked);
        p.setFirstName(e.firstName);
        p.setLastName(e.lastName);
        p.setAge(age(e.birthDate, e.birthYear, today));
        p.setHomeMunicipalityCode(e.homeMunicipalityCode);
        p.setInterpreterLanguage(e.interpreterLanguage);
        return p;
    }

    /** Age today: exact from the birth date where known, else by the birth year alone. */
    static int age(LocalDate birthDate, int birthYear, LocalDate today) {
        if (birthDate != null) {
            return Period.between(birthDate, today).getYears();
        }
        return today.getYear() - birthYear;
    }
}
