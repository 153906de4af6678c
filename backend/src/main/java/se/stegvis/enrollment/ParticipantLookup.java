package se.stegvis.enrollment;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import se.stegvis.common.security.AccessScope;
import se.stegvis.common.web.Sql;

/**
 * What enrollments need to know of a participant, read straight from the {@code participant}
 * table: whether the caller may see them, and their age on a given day.
 */
@ApplicationScoped
public class ParticipantLookup {

    /** The fields enrollment rules use; no names, no identity numbers. */
    public record Person(UUID id, LocalDate birthDate, int birthYear) {
        /** Age in whole years on the day: from the birth date where known, else from the birth year. */
        public int ageOn(LocalDate day) {
            return birthDate != null ? Period.between(birthDate, day).getYears() : day.getYear() - birthYear;
        }
    }

    @Inject
    EntityManager em;

    /**
     * The participant if the caller may see them: they registered the person, or the person has an
     * enrollment within the caller's assignments.
     */
    public Optional<Person> visible(UUID participantId, UUID scopeUser) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.id, p.birth_date, p.birth_year FROM participant p"
                + " WHERE p.id = :id AND (p.created_by = :scopeUser OR EXISTS (SELECT 1 FROM enrollment e"
                + " WHERE e.participant_id = p.id AND " + AccessScope.ENROLLMENT_PREDICATE + "))")
                .setParameter("id", participantId)
                .setParameter("scopeUser", scopeUser)
                .getResultList();
        return rows.stream().findFirst()
                .map(r -> new Person(Sql.uuid(r[0]), Sql.date(r[1]), Sql.integer(r[2])));
    }
}
