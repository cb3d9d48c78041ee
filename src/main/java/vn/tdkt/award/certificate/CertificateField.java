package vn.tdkt.award.certificate;

/**
 * A line of a certificate. The full design prints them all; a pre-printed blank (phôi) already carries the
 * national title, motto, authority and award name, so its layout positions only the lines that change.
 */
public enum CertificateField {
    NATIONAL_TITLE(false, false),
    MOTTO(false, false),
    AUTHORITY(false, true),
    GIVES(false, false),
    AWARD(false, true),
    NAME(true, false),
    RANK_POSITION_UNIT(true, false),
    ACHIEVEMENT(true, false),
    DECISION(true, false),
    GOLD_BOOK(true, false),
    PLACE_DATE(true, false),
    SIGNER_TITLE(true, false),
    SIGNER_NAME(true, false);

    private final boolean onBlank;
    private final boolean red;

    CertificateField(boolean onBlank, boolean red) {
        this.onBlank = onBlank;
        this.red = red;
    }

    /** Whether a blank's layout positions this line (the rest is pre-printed on the blank). */
    public boolean onBlank() {
        return onBlank;
    }

    /** Printed in red on the full design (domain.md: the authority and the award's name). */
    public boolean red() {
        return red;
    }

    /** The resource key of the field's name in the editor and in messages. */
    public String labelKey() {
        return "certificate.field." + name();
    }
}
