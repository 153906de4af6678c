package se.stegvis.assessment;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One item of an assessment: the raw values each rater gave, never rescaled. */
@Entity
@Table(name = "assessment_rating")
@IdClass(AssessmentRatingEntity.Key.class)
public class AssessmentRatingEntity {

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Id
    @Column(name = "item_id")
    public UUID itemId;

    @Column(name = "participant_value")
    public Integer participantValue;

    @Column(name = "coordinator_value")
    public Integer coordinatorValue;

    public String comment;

    /** The coordinator's value where given, else the participant's. */
    public Integer leadingValue() {
        return coordinatorValue != null ? coordinatorValue : participantValue;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public UUID assessmentId;
        public UUID itemId;

        public Key() {
        }

        public Key(UUID assessmentId, UUID itemId) {
            this.assessmentId = assessmentId;
            this.itemId = itemId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(assessmentId, k.assessmentId) && Objects.equals(itemId, k.itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessmentId, itemId);
        }
    }
}
