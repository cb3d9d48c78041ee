package vn.tdkt.award.certificate;

import java.util.EnumMap;
import java.util.Map;
import vn.tdkt.doc.PaperSize;

/**
 * One awardee's certificate: the text of every line, and the paper the full design uses (A3 for a Bằng khen,
 * A4 otherwise, both landscape).
 */
public record Certificate(PaperSize paper, Map<CertificateField, String> lines) {
    public Certificate {
        lines = Map.copyOf(new EnumMap<>(lines));
    }

    public String line(CertificateField field) {
        return lines.getOrDefault(field, "");
    }
}
