package vn.tdkt.documents;

import java.time.LocalDate;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.forms.FormSamples;
import vn.tdkt.doc.forms.ReviewReportForm;
import vn.tdkt.settings.Letterhead;

/** The benchmark's document: a year-end report of about 20 pages, half text sections, half result tables. */
final class LongReport {
    static final int UNITS = 260;
    static final int SECTIONS = 60;

    private LongReport() {
    }

    static Document build(Letterhead letterhead) {
        FormSamples samples = new FormSamples(letterhead, LocalDate.of(2026, 12, 5));
        return ReviewReportForm.build(letterhead, samples.reviewReport(UNITS, SECTIONS));
    }
}
