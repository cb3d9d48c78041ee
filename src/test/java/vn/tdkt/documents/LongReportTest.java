package vn.tdkt.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.doc.RenderedFiles;
import vn.tdkt.settings.Letterhead;

/** The benchmark measures what it says: a report of about 20 pages with tables. */
class LongReportTest {
    @Test
    void isAboutTwentyPages() throws Exception {
        Letterhead letterhead = new Letterhead("Sư đoàn 399", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh", "Trung đoàn trưởng", "Đại tá",
                "Nguyễn Văn Thắng", "", "", "");
        byte[] pdf = new DocumentWriter().render(LongReport.build(letterhead.issuer()), DocumentFormat.PDF);
        assertThat(RenderedFiles.pdfPages(pdf)).isBetween(19, 22);
    }
}
