package vn.tdkt.ui;

/**
 * The one dialog helper: every error, confirmation and notice goes through it, so messages look
 * the same everywhere and tests can answer dialogs without a window.
 */
public interface Dialogs {
    /** Shows one plain Vietnamese sentence, with the technical details folded away, and logs the error. */
    void error(Throwable error);

    /** Asks before something destructive; the text names what will be lost. */
    boolean confirm(String title, String text);

    void info(String title, String text);

    /** What to do with unsaved changes: save them, drop them, or go back to editing. */
    enum Unsaved { SAVE, DISCARD, BACK }

    /** Asks "Lưu / Bỏ / Quay lại" before work would be lost; closing the dialog means back. */
    Unsaved unsaved(String title, String text);
}
