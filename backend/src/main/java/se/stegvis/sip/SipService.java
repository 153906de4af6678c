package se.stegvis.sip;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.FieldError;
import se.stegvis.api.generated.model.SipActionItem;
import se.stegvis.api.generated.model.SipMeeting;
import se.stegvis.api.generated.model.SipMeetingInput;
import se.stegvis.api.generated.model.SipParticipant;
import se.stegvis.audit.AuditLog;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.consent.ConsentService;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.security.UserDirectory;
import se.stegvis.common.web.Sql;
import se.stegvis.common.web.Versions;
import se.stegvis.enrollment.EnrollmentAccess;
import se.stegvis.enrollment.EnrollmentEntity;

/**
 * SIP meetings on an enrollment. A meeting may only be recorded when the participant has an
 * active SIP consent on the meeting date (422 naming {@code consent}): SIP is built on the
 * person's consent to healthcare and social services sharing information. Reads go through
 * {@link EnrollmentAccess#requireVisible}, changes through {@link EnrollmentAccess#requireOpen};
 * every read and change is audited.
 *
 * <p>Other rules (422): the meeting date is not before the enrollment started nor in the future;
 * each organisation taking part is named by a known id or by name; a next meeting comes after
 * this one.
 */
@ApplicationScoped
@Transactional
public class SipService {

    static final String RESOURCE = "sip_meeting";

    @Inject
    EntityManager em;

    @Inject
    EnrollmentAccess access;

    @Inject
    ConsentService consents;

    @Inject
    CurrentUser user;

    @Inject
    UserDirectory directory;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SipMeeting> list(UUID enrollmentId) {
        EnrollmentEntity enrollment = access.requireVisible(enrollmentId);
        List<SipMeetingEntity> rows = em.createQuery(
                "SELECT m FROM SipMeetingEntity m WHERE m.enrollmentId = :e ORDER BY m.meetingDate DESC, m.createdAt DESC",
                SipMeetingEntity.class).setParameter("e", enrollmentId).getResultList();
        audit.record(AuditLog.Action.LIST, RESOURCE, enrollmentId, enrollment.participantId);
        return rows.stream().map(m -> toDto(m, enrollment)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SipMeeting get(UUID meetingId) {
        SipMeetingEntity m = find(meetingId, LockModeType.NONE);
        EnrollmentEntity enrollment = visibleOrNotFound(m.enrollmentId);
        audit.record(AuditLog.Action.READ, RESOURCE, m.id, enrollment.participantId);
        return toDto(m, enrollment);
    }

    public SipMeeting create(UUID enrollmentId, SipMeetingInput in) {
        EnrollmentEntity enrollment = access.requireOpen(enrollmentId);
        SipMeetingEntity m = new SipMeetingEntity();
        m.id = UUID.randomUUID();
        m.enrollmentId = enrollmentId;
        m.createdBy = user.id();
        m.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        apply(in, m, enrollment);
        em.persist(m);
        em.flush();
        audit.record(AuditLog.Action.CREATE, RESOURCE, m.id, enrollment.participantId);
        return toDto(m, enrollment);
    }

    public SipMeeting update(UUID meetingId, String ifMatch, SipMeetingInput in) {
        SipMeetingEntity m = find(meetingId, LockModeType.PESSIMISTIC_WRITE);
        EnrollmentEntity enrollment;
        try {
            enrollment = access.requireOpen(m.enrollmentId);
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw ApiException.notFound("SIP meeting");
            }
            throw e;
        }
        Versions.requireCurrent(ifMatch, m.version);
        apply(in, m, enrollment);
        em.flush();
        audit.record(AuditLog.Action.UPDATE, RESOURCE, m.id, enrollment.participantId);
        return toDto(m, enrollment);
    }

    private SipMeetingEntity find(UUID id, LockModeType lock) {
        SipMeetingEntity m = em.find(SipMeetingEntity.class, id, lock);
        if (m == null) {
            throw ApiException.notFound("SIP meeting");
        }
        return m;
    }

    private EnrollmentEntity visibleOrNotFound(UUID enrollmentId) {
        try {
            return access.requireVisible(enrollmentId);
        } catch (ApiException e) {
            throw ApiException.notFound("SIP meeting");
        }
    }

    private void apply(SipMeetingInput in, SipMeetingEntity m, EnrollmentEntity enrollment) {
        List<FieldError> errors = new ArrayList<>();
        if (in.getMeetingDate().isBefore(enrollment.startDate)) {
            errors.add(new FieldError("meetingDate", "must not be before the enrollment started"));
        } else if (in.getMeetingDate().isAfter(SwedishCalendar.today())) {
            errors.add(new FieldError("meetingDate", "must not be in the future; record the meeting once it has been held"));
        }
        if (in.getNextMeetingDate() != null && !in.getNextMeetingDate().isAfter(in.getMeetingDate())) {
            errors.add(new FieldError("nextMeetingDate", "must be after the meeting date"));
        }
        Map<UUID, String> organisations = organisationNames(in.getParticipants());
        List<SipMeetingEntity.Taking> taking = new ArrayList<>();
        for (int i = 0; i < in.getParticipants().size(); i++) {
            SipParticipant p = in.getParticipants().get(i);
            if (p == null) {
                errors.add(new FieldError("participants[" + i + "]", "must not be null"));
                continue;
            }
            SipMeetingEntity.Taking t = new SipMeetingEntity.Taking();
            t.organisationId = p.getOrganisationId();
            t.organisationName = p.getOrganisationId() != null ? organisations.get(p.getOrganisationId()) : text(p.getOrganisationName());
            if (p.getOrganisationId() != null && t.organisationName == null) {
                errors.add(new FieldError("participants[" + i + "].organisationId", "no such organisation"));
            } else if (t.organisationName == null) {
                errors.add(new FieldError("participants[" + i + "].organisationName", "name the organisation or give its id"));
            }
            t.role = text(p.getRole());
            if (t.role == null) {
                errors.add(new FieldError("participants[" + i + "].role", "must not be blank"));
            }
            t.personName = text(p.getPersonName());
            taking.add(t);
        }
        List<SipMeetingEntity.ActionItem> items = new ArrayList<>();
        List<SipActionItem> given = in.getActionItems() == null ? List.of() : in.getActionItems();
        for (int i = 0; i < given.size(); i++) {
            SipActionItem a = given.get(i);
            if (a == null) {
                errors.add(new FieldError("actionItems[" + i + "]", "must not be null"));
                continue;
            }
            SipMeetingEntity.ActionItem item = new SipMeetingEntity.ActionItem();
            item.who = text(a.getWho());
            item.what = text(a.getWhat());
            item.dueDate = a.getDueDate();
            item.done = Boolean.TRUE.equals(a.getDone());
            if (item.who == null) {
                errors.add(new FieldError("actionItems[" + i + "].who", "must not be blank"));
            }
            if (item.what == null) {
                errors.add(new FieldError("actionItems[" + i + "].what", "must not be blank"));
            }
            items.add(item);
        }
        UUID consent = consents.activeConsent(enrollment.participantId, "sip", in.getMeetingDate()).orElse(null);
        if (consent == null) {
            errors.add(new FieldError("consent",
                    "the participant has no active SIP consent on the meeting date; record the consent first"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        m.meetingDate = in.getMeetingDate();
        m.nextMeetingDate = in.getNextMeetingDate();
        m.agreed = text(in.getAgreed());
        m.consentId = consent;
        m.participants.clear();
        m.participants.addAll(taking);
        m.actionItems.clear();
        m.actionItems.addAll(items);
    }

    private Map<UUID, String> organisationNames(List<SipParticipant> participants) {
        List<UUID> ids = participants.stream().filter(java.util.Objects::nonNull).map(SipParticipant::getOrganisationId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name FROM organisation WHERE id IN (:ids)")
                .setParameter("ids", ids).getResultList();
        rows.forEach(r -> names.put(Sql.uuid(r[0]), (String) r[1]));
        return names;
    }

    private SipMeeting toDto(SipMeetingEntity m, EnrollmentEntity enrollment) {
        SipMeeting dto = new SipMeeting();
        dto.setId(m.id);
        dto.setEnrollmentId(m.enrollmentId);
        dto.setParticipantId(enrollment.participantId);
        dto.setMeetingDate(m.meetingDate);
        dto.setParticipants(new ArrayList<>(m.participants.stream().map(t -> {
            SipParticipant p = new SipParticipant(t.role);
            p.setOrganisationId(t.organisationId);
            p.setOrganisationName(t.organisationName);
            p.setPersonName(t.personName);
            return p;
        }).toList()));
        dto.setAgreed(m.agreed);
        dto.setActionItems(new ArrayList<>(m.actionItems.stream().map(a -> {
            SipActionItem item = new SipActionItem(a.who, a.what);
            item.setDueDate(a.dueDate);
            item.setDone(a.done);
            return item;
        }).toList()));
        dto.setNextMeetingDate(m.nextMeetingDate);
        dto.setConsentId(m.consentId);
        dto.setCreatedBy(m.createdBy == null ? null : directory.ref(m.createdBy));
        dto.setCreatedAt(m.createdAt.atOffset(ZoneOffset.UTC));
        dto.setVersion(m.version);
        return dto;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
