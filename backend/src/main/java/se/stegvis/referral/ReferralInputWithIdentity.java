package se.stegvis.referral;

import se.stegvis.api.generated.model.ReferralInput;

/**
 * A submitted referral together with the person's identity number.
 *
 * <p>The generator names the inline {@code Referral.person} schema {@code ReferralPerson}, which
 * overwrites the request schema of the same name, so the generated {@link ReferralInput} has no
 * {@code person.identityNumber}. {@link ReferralInputJackson} reads the number from the request
 * body and hands it over here; it never reaches a log or a {@code toString()}.
 */
public final class ReferralInputWithIdentity extends ReferralInput {

    private final String identityNumber;

    private ReferralInputWithIdentity(String identityNumber) {
        this.identityNumber = identityNumber;
    }

    static ReferralInputWithIdentity of(ReferralInput in, String identityNumber) {
        ReferralInputWithIdentity s = new ReferralInputWithIdentity(identityNumber);
        s.setProjectId(in.getProjectId());
        s.setMunicipalityCode(in.getMunicipalityCode());
        s.setPerson(in.getPerson());
        s.setCaseworker(in.getCaseworker());
        s.setReason(in.getReason());
        s.setBackground(in.getBackground());
        s.setKnownToOrganisationIds(in.getKnownToOrganisationIds());
        s.setSusEntry(in.getSusEntry());
        s.setConsent(in.getConsent());
        return s;
    }

    /** The identity number as sent (null when the person is referred anonymously). */
    public String identityNumber() {
        return identityNumber;
    }

    static String identityNumberOf(ReferralInput in) {
        return in instanceof ReferralInputWithIdentity s ? s.identityNumber : null;
    }

    @Override
    public String toString() {
        return "ReferralInput[" + getProjectId() + "]";
    }
}
