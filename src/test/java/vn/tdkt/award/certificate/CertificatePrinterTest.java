package vn.tdkt.award.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.award.Decision;
import vn.tdkt.core.Progress;

/**
 * Printing a decision's certificates through the printing seam: what the printer is handed is one page per
 * certificate, each on paper of its own size in points with the whole sheet imageable, drawn unscaled (the same ink
 * on a printer with margins) and moved by exactly the printer's offset.
 */
class CertificatePrinterTest {
    private static final String PRINTER = "Máy in phòng Tuyên huấn";
    private static final double POINTS_PER_MM = 72 / 25.4;

    @TempDir
    Path dir;

    @Test
    void blanksGoToThePrinterAtActualSizeMovedByItsOffset() {
        try (CertificateFixture f = new CertificateFixture(dir)) {
            RecordingPrinters printers = new RecordingPrinters(PRINTER);
            CertificatePrinter printer = new CertificatePrinter(f.service, printers);
            Decision decision = f.decision();
            BlankLayout blank = f.service.layout("giay-khen");
            int count = f.service.certificates(decision).size();

            assertThat(printer.print(decision, blank, PRINTER, new PrinterOffset(PRINTER, 0, 0), Progress.NONE)).isEqualTo(count);
            assertThat(printer.print(decision, blank, PRINTER, new PrinterOffset(PRINTER, 10, 5), Progress.NONE)).isEqualTo(count);

            RecordingPrinters.Job still = printers.jobs().get(0);
            RecordingPrinters.Job moved = printers.jobs().get(1);
            assertThat(still.printer()).isEqualTo(PRINTER);
            assertThat(still.name()).isEqualTo("Khen thưởng theo Quyết định số " + decision.decision().number());
            assertThat(still.pages()).hasSize(count);
            for (int i = 0; i < count; i++) {
                RecordingPrinters.Page page = still.pages().get(i);
                // A4 landscape, the blank's sheet, to the point; the whole of it imageable.
                assertThat(page.width()).isCloseTo(297 * POINTS_PER_MM, within(0.1));
                assertThat(page.height()).isCloseTo(210 * POINTS_PER_MM, within(0.1));
                assertThat(List.of(page.imageableX(), page.imageableY())).containsOnly(0.0);
                assertThat(page.imageableWidth()).isEqualTo(page.width());
                assertThat(page.imageableHeight()).isEqualTo(page.height());
                assertThat(page.ink().isEmpty()).as("page %d has text", i).isFalse();
                assertThat(page.inkWithMargins()).as("a printer's margins neither shrink nor move page %d", i).isEqualTo(page.ink());
                RecordingPrinters.Page shifted = moved.pages().get(i);
                assertThat(shifted.ink().getX() - page.ink().getX()).isCloseTo(10 * POINTS_PER_MM, within(1.0));
                assertThat(shifted.ink().getY() - page.ink().getY()).isCloseTo(5 * POINTS_PER_MM, within(1.0));
                assertThat(shifted.ink().getWidth()).isCloseTo(page.ink().getWidth(), within(1.0));
            }
        }
    }

    @Test
    void theFullDesignPrintsEachCertificateOnItsOwnPaper() {
        try (CertificateFixture f = new CertificateFixture(dir)) {
            RecordingPrinters printers = new RecordingPrinters(PRINTER);
            Decision decision = f.decision();
            List<Certificate> certificates = f.service.certificates(decision);

            new CertificatePrinter(f.service, printers).print(decision, null, PRINTER, PrinterOffset.none(), Progress.NONE);

            assertThat(printers.jobs().getFirst().pages()).extracting(p -> Math.round(p.width()) + "x" + Math.round(p.height()))
                    .containsExactlyElementsOf(certificates.stream()
                            .map(c -> Math.round(c.paper().heightMm() * POINTS_PER_MM) + "x" + Math.round(c.paper().widthMm() * POINTS_PER_MM)).toList());
            assertThat(printers.jobs().getFirst().pages()).allSatisfy(p -> assertThat(p.inkWithMargins()).isEqualTo(p.ink()));
        }
    }

    @Test
    void cancellingStopsThePrintingAndHandsNothingOver() {
        try (CertificateFixture f = new CertificateFixture(dir)) {
            RecordingPrinters printers = new RecordingPrinters(PRINTER);
            Decision decision = f.decision();
            int count = f.service.certificates(decision).size();
            AtomicInteger updates = new AtomicInteger();
            // The officer presses Cancel once the pages are made and the first one is being drawn for the printer.
            Progress progress = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    updates.incrementAndGet();
                }

                @Override
                public boolean isCancelled() {
                    return updates.get() > count;
                }
            };

            assertThatThrownBy(() -> new CertificatePrinter(f.service, printers).print(decision, f.service.layout("giay-khen"), PRINTER,
                    PrinterOffset.none(), progress)).isInstanceOf(Progress.CancelledException.class);
            assertThat(printers.jobs()).isEmpty();
        }
    }
}
