package vn.tdkt.settings;

import java.time.LocalDate;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseText;

/**
 * A legal document forms cite as a ground ("Căn cứ …"): a line of the legal register, edited in Cài đặt.
 *
 * @param signedOn   empty while the date is still to be confirmed; such a document is never cited
 * @param inForceFrom empty when it is in force from the day it was signed
 * @param inForceUntil the last day it is in force; empty while it is
 * @param cited      cited as a ground of award documents
 */
public record LegalDocument(String id, String kind, String number, String issuer, LocalDate signedOn, String title,
                            LocalDate inForceFrom, LocalDate inForceUntil, boolean cited, int sortOrder) {
    public LegalDocument {
        kind = clean(kind);
        number = clean(number);
        issuer = clean(issuer);
        title = clean(title);
    }

    private static String clean(String value) {
        String cleaned = VietnameseText.clean(value);
        return cleaned == null ? "" : cleaned;
    }

    /** In force on {@code date}: signed by then, in force from then, not yet ended. */
    public boolean inForceOn(LocalDate date) {
        return signedOn != null && !signedOn.isAfter(date)
                && (inForceFrom == null || !inForceFrom.isAfter(date))
                && (inForceUntil == null || !inForceUntil.isBefore(date));
    }

    /**
     * How a form cites it, without the leading "Căn cứ" and the closing mark: a law by its name and date
     * ("Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"), anything else by kind, number, date, issuer and
     * title ("Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định …").
     */
    public String citation() {
        String date = signedOn == null ? "" : " " + VietnameseDates.inWords(signedOn);
        if (kind.equalsIgnoreCase("Luật")) {
            return kind + " " + title + date;
        }
        return kind + " số " + number + date + (issuer.isEmpty() ? "" : " của " + issuer) + (title.isEmpty() ? "" : " " + title);
    }
}
