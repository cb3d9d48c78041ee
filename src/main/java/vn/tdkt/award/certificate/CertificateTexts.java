package vn.tdkt.award.certificate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import vn.tdkt.award.Decision;
import vn.tdkt.award.Vote;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.doc.Issuer;
import vn.tdkt.doc.PaperSize;

/**
 * The words of each certificate of a decision, all taken from the records: the awardee's line of the decision, the
 * decision's number, date and achievement, and the letterhead's authority, place and signer (who signed the
 * decision signs its certificates). Nothing here is invented; an empty record gives an empty line.
 */
final class CertificateTexts {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private CertificateTexts() {
    }

    /**
     * @param isTitle whether an award name is a danh hiệu of the rule set in use ("TẶNG DANH HIỆU") rather than
     *                a form of commendation ("TẶNG")
     */
    static List<Certificate> of(Decision decision, Issuer issuer, Predicate<String> isTitle) {
        List<Certificate> certificates = new ArrayList<>();
        for (Decision.Awardee awardee : decision.awardees()) {
            Vote vote = awardee.vote();
            Map<CertificateField, String> lines = new EnumMap<>(CertificateField.class);
            lines.put(CertificateField.NATIONAL_TITLE, NATIONAL_TITLE);
            lines.put(CertificateField.MOTTO, MOTTO);
            lines.put(CertificateField.AUTHORITY, upper(issuer.commander().title() + " " + issuer.unitName()));
            lines.put(CertificateField.GIVES, isTitle.test(vote.award()) ? "TẶNG DANH HIỆU" : "TẶNG");
            lines.put(CertificateField.AWARD, upper(vote.award()));
            lines.put(CertificateField.NAME, vote.name());
            lines.put(CertificateField.RANK_POSITION_UNIT, vote.rank().isBlank() ? vote.positionAndUnit() : vote.rank() + ", " + vote.positionAndUnit());
            lines.put(CertificateField.ACHIEVEMENT, "Đã có thành tích " + decision.achievement() + ".");
            lines.put(CertificateField.DECISION, "Quyết định số " + decision.decision().number() + ", " + VietnameseDates.inWords(decision.date()));
            lines.put(CertificateField.GOLD_BOOK, "Số sổ vàng: " + awardee.goldBookNumber());
            lines.put(CertificateField.PLACE_DATE, VietnameseDates.placeAndDate(issuer.place(), decision.date()));
            lines.put(CertificateField.SIGNER_TITLE, upper(issuer.commander().title()));
            lines.put(CertificateField.SIGNER_NAME, issuer.commander().rankAndName());
            lines.replaceAll((field, text) -> VietnameseText.clean(text));
            certificates.add(new Certificate(paperFor(vote.award()), lines));
        }
        return certificates;
    }

    /** domain.md: certificates are A4 landscape, a Bằng khen A3. */
    static PaperSize paperFor(String award) {
        return VietnameseText.fold(award).startsWith("bang khen") ? PaperSize.A3 : PaperSize.A4;
    }

    private static String upper(String text) {
        return VietnameseText.clean(text).toUpperCase(VIETNAMESE);
    }
}
