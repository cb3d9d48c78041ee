package vn.tdkt.doc;

import vn.tdkt.core.VietnameseText;

/** A piece of text with one look. The text is NFC-normalized here, so no renderer ever sees decomposed marks. */
public record Run(String text, boolean bold, boolean italic, boolean underline) {
    public Run {
        text = text == null ? "" : VietnameseText.nfc(text);
    }

    public static Run plain(String text) {
        return new Run(text, false, false, false);
    }

    public static Run bold(String text) {
        return new Run(text, true, false, false);
    }

    public static Run italic(String text) {
        return new Run(text, false, true, false);
    }
}
