package vn.tdkt.org;

/** The editable lists the roster's fields pick from. */
public enum ChoiceList {
    RANK("rank"), POSITION("position"), CATEGORY("category");

    private final String key;

    ChoiceList(String key) {
        this.key = key;
    }

    /** The value stored in the database. */
    public String key() {
        return key;
    }
}
