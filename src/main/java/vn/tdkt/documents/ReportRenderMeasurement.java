package vn.tdkt.documents;

import java.util.function.Supplier;
import vn.tdkt.bench.BenchContext;
import vn.tdkt.bench.Measurement;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentFormat;

/** Renders the ~20-page report with tables in memory to one format (targets: PDF ≤ 300 ms, DOCX ≤ 500 ms). */
final class ReportRenderMeasurement implements Measurement {
    private final Supplier<DocumentServices> services;
    private final DocumentFormat format;
    private Document report;

    ReportRenderMeasurement(Supplier<DocumentServices> services, DocumentFormat format) {
        this.services = services;
        this.format = format;
    }

    @Override
    public String name() {
        return "doc.report20." + format.extension();
    }

    /** Rendering runs through a lot of iText and POI code; the JIT needs a score of runs before times settle on a busy two-core machine. */
    @Override
    public int warmups() {
        return 20;
    }

    @Override
    public int runs() {
        return 10;
    }

    @Override
    public void setUp(BenchContext context) {
        report = LongReport.build(services.get().settings().letterheadForDocuments().issuer());
    }

    @Override
    public double run(BenchContext context) {
        services.get().writer().render(report, format);
        return Double.NaN;
    }
}
