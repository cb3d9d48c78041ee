package vn.tdkt.award.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.tdkt.doc.PaperSize;

/**
 * Where the text goes on one form type's pre-printed blank, the sheet landscape.
 *
 * @param background the scanned blank the editor shows under the fields (PNG or JPEG bytes); null when none was added
 * @param measuredOn the day the officer saved it, measured against their own blanks; null for a shipped starting
 *                   position (or a copy of one) nobody has saved yet
 */
public record BlankLayout(String id, String code, String name, PaperSize paper, List<FieldBox> fields, byte[] background,
                          LocalDate measuredOn) {
    public BlankLayout {
        fields = List.copyOf(fields);
    }

    public Optional<FieldBox> field(CertificateField field) {
        return fields.stream().filter(box -> box.field() == field).findFirst();
    }

    public BlankLayout withFields(List<FieldBox> changed) {
        return new BlankLayout(id, code, name, paper, changed, background, measuredOn);
    }

    public BlankLayout withBackground(byte[] image) {
        return new BlankLayout(id, code, name, paper, fields, image, measuredOn);
    }

    /** True until the officer has saved it: the fields sit where the shipped layout guessed, not where their blank has them. */
    public boolean startingPosition() {
        return measuredOn == null;
    }

    /** Width of the landscape sheet in mm. */
    public double widthMm() {
        return paper.heightMm();
    }

    /** Height of the landscape sheet in mm. */
    public double heightMm() {
        return paper.widthMm();
    }
}
