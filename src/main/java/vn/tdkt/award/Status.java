package vn.tdkt.award;

import java.util.Locale;

/** The verdict on one candidate for one title, in the order the eligibility list shows them. */
public enum Status {
    /** Every criterion met. */
    QUALIFIES,
    /** One criterion short, and not an exclusion: worth a look before the proposal. */
    NEARLY,
    /** The rule set has no criterion the program can check: the council decides from the dossier. */
    REVIEW,
    NOT_QUALIFIED;

    /** The bundle key of its label. */
    public String key() {
        return "award.status." + name().toLowerCase(Locale.ROOT);
    }
}
