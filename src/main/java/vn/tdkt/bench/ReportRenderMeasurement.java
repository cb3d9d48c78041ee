package vn.tdkt.bench;

import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentWriter;

/** Renders the ~20-page report with tables in memory to one format (targets: PDF ≤ 300 ms, DOCX ≤ 500 ms). */
final class ReportRenderMeasurement implements Measurement {
    private final DocumentFormat format;
    private final DocumentWriter writer = new DocumentWriter();
    private Document report;

    ReportRenderMeasurement(DocumentFormat format) {
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
        report = LongReport.build(context.app().settings().letterheadForDocuments());
    }

    @Override
    public double run(BenchContext context) {
        writer.render(report, format);
        return Double.NaN;
    }
}
