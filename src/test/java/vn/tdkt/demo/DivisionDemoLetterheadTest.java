package vn.tdkt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.Progress;
import vn.tdkt.db.DataFolder;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.doc.FormSource;
import vn.tdkt.doc.RenderedFiles;
import vn.tdkt.org.Unit;
import vn.tdkt.settings.Letterhead;

/**
 * The division demo signs as the division at the root of its tree (Sư đoàn 399, under Quân khu 4), not as one of its
 * regiments: the letterhead, and the header and number of a document rendered from its records.
 */
class DivisionDemoLetterheadTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), ZoneOffset.ofHours(7));

    @TempDir
    Path dir;

    @Test
    void theDivisionDemosDocumentsNameTheDivisionAtTheRootOfItsTree() throws Exception {
        try (AppContext app = AppContext.open(new DataFolder(dir.resolve("data")), TODAY)) {
            app.sampleData().fill(SampleSize.DIVISION, Progress.NONE);
            Letterhead letterhead = app.settings().letterheadForDocuments();
            Unit root = app.units().tree().getFirst().unit();
            assertThat(root.name()).isEqualTo("Sư đoàn 399");
            assertThat(letterhead.unitName()).isEqualTo(root.name());
            assertThat(letterhead.shortCode()).isEqualTo("SĐ399");
            assertThat(letterhead.superiorBody()).isEqualTo("Quân khu 4");
            assertThat(letterhead.commanderTitle()).isEqualTo("Sư đoàn trưởng");

            FormSource plan = app.forms().stream().filter(f -> f.id().equals("plan")).findFirst().orElseThrow();
            Document document = plan.build().apply(plan.records().get().getFirst().id());
            String text = RenderedFiles.pdfText(new DocumentWriter().render(document, DocumentFormat.PDF));
            assertThat(text).contains("QUÂN KHU 4", "SƯ ĐOÀN 399", "Số: 01/KH-SĐ399").doesNotContain("TRUNG ĐOÀN 19");
        }
    }
}
