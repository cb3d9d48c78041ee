package vn.tdkt.doc;

import vn.tdkt.core.VietnameseText;

/**
 * Who issues a document, as its Decree-30 header and signature need it. The caller builds it from its own
 * settings and passes it in, so the engine knows no feature.
 *
 * @param unitCode the unit's code in document numbers, e.g. "TrĐ19" in "05/QĐ-TrĐ19"
 */
public record Issuer(String superiorBody, String unitName, String unitCode, String place, Signer commander, Signer commissar) {
    public Issuer {
        superiorBody = clean(superiorBody);
        unitName = clean(unitName);
        unitCode = clean(unitCode);
        place = clean(place);
    }

    /** A signer of the unit: title ("Trung đoàn trưởng"), rank and name. */
    public record Signer(String title, String rank, String name) {
        public Signer {
            title = clean(title);
            rank = clean(rank);
            name = clean(name);
        }

        /** Rank before the name, as the army writes it ("Đại tá Nguyễn Văn Thắng"). */
        public String rankAndName() {
            return rank.isEmpty() ? name : rank + " " + name;
        }

        /** The signature block: title, an optional note such as "(Ký, đóng dấu)", rank and name. */
        public Signature signature(String note) {
            return new Signature("", title, note, rankAndName());
        }
    }

    private static String clean(String value) {
        String cleaned = VietnameseText.clean(value);
        return cleaned == null ? "" : cleaned;
    }
}
