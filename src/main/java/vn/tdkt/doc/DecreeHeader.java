package vn.tdkt.doc;

import java.time.LocalDate;
import java.util.Locale;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseText;

/**
 * Decree 30's two-column header: superior body over the issuing unit (short rule under it) and the
 * number on the left; the national title over the motto (rule under it) and the place and date on the right.
 *
 * @param number the number without "Số: " ("15/TTr-TrĐ19"); starting with "/" ("/BC-TrĐ19") when the
 *               sequence is written by hand once the paper is registered (a blank is left before the
 *               slash); null for papers that carry no number at all, such as a person's own báo cáo thành tích
 */
public record DecreeHeader(String superiorBody, String unitName, String number, String place, LocalDate date) implements Block {
    public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    public static final float UNIT_SIZE = 13;
    public static final float NATIONAL_TITLE_SIZE = 12;
    public static final float MOTTO_SIZE = 13;
    public static final float DATE_SIZE = 14;
    /** Room for a sequence written by hand: no-break spaces, which no reader collapses. */
    private static final String HAND_WRITTEN = "\u00a0".repeat(8);
    /** Share of the text width taken by the left column. */
    public static final float LEFT_SHARE = 0.40f;

    public DecreeHeader {
        superiorBody = clean(superiorBody);
        unitName = clean(unitName);
        number = number == null || clean(number).isEmpty() ? null : clean(number);
        place = clean(place);
    }

    private static String clean(String value) {
        String cleaned = VietnameseText.clean(value);
        return cleaned == null ? "" : cleaned;
    }

    public String superiorLine() {
        return superiorBody.toUpperCase(Locale.ROOT);
    }

    public String unitLine() {
        return unitName.toUpperCase(Locale.ROOT);
    }

    public String numberLine() {
        if (number == null) {
            return "";
        }
        return number.startsWith("/") ? "Số:" + HAND_WRITTEN + number : "Số: " + number;
    }

    public String placeAndDate() {
        return VietnameseDates.placeAndDate(place, date);
    }

    /** Decree 30: the rule under the unit is a third to a half of its name. */
    public float unitRuleWidth() {
        return Math.max(DocumentFonts.width(unitLine(), true, false, UNIT_SIZE) * 0.4f, 30);
    }

    /** Decree 30: the rule under the motto is as long as the motto. */
    public static float mottoRuleWidth() {
        return DocumentFonts.width(MOTTO, true, false, MOTTO_SIZE);
    }
}
