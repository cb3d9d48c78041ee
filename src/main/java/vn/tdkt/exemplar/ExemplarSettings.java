package vn.tdkt.exemplar;

/**
 * The officer's settings for the models: after how many days without a check a model counts as
 * stalled, the largest evidence file accepted, how many checks a dossier needs before it can go upward,
 * and whose đặc trưng list applies (army or civilian rule set).
 */
public record ExemplarSettings(int stallDays, int maxAttachmentMegabytes, int minChecks, TraitList traitList) {
    /** A quarter without a check (the domain notes speak of monthly or quarterly checks); 20 MB as the issue asks. */
    public static final ExemplarSettings DEFAULTS = new ExemplarSettings(90, 20, 3, TraitList.ARMY);

    public long maxAttachmentBytes() {
        return maxAttachmentMegabytes * 1024L * 1024L;
    }

    /** The editable lists of đặc trưng, one per rule set, and the fields of work. */
    public enum TraitList {
        ARMY("trait.army"), CIVILIAN("trait.civilian");

        private final String key;

        TraitList(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
