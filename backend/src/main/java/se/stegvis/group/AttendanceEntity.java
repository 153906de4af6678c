package se.stegvis.group;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One member's attendance at one session: present, absent_with_notice or absent. */
@Entity
@Table(name = "group_attendance")
@IdClass(AttendanceEntity.Key.class)
public class AttendanceEntity {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    public String status;

    public String note;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public UUID sessionId;
        public UUID memberId;

        public Key() {
        }

        public Key(UUID sessionId, UUID memberId) {
            this.sessionId = sessionId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sessionId, k.sessionId) && Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, memberId);
        }
    }
}
