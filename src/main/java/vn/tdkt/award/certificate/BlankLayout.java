package vn.tdkt.award.certificate;

import java.util.List;
import java.util.Optional;
import vn.tdkt.doc.PaperSize;

/**
 * Where the text goes on one form type's pre-printed blank, the sheet landscape.
 *
 * @param background the scanned blank the editor shows under the fields (PNG or JPEG bytes); null when none was added
 */
public record BlankLayout(String id, String code, String name, PaperSize paper, List<FieldBox> fields, byte[] background) {
    public BlankLayout {
        fields = List.copyOf(fields);
    }

    public Optional<FieldBox> field(CertificateField field) {
        return fields.stream().filter(box -> box.field() == field).findFirst();
    }

    public BlankLayout withFields(List<FieldBox> changed) {
        return new BlankLayout(id, code, name, paper, changed, background);
    }

    public BlankLayout withBackground(byte[] image) {
        return new BlankLayout(id, code, name, paper, fields, image);
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
