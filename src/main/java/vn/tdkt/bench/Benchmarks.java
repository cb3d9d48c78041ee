package vn.tdkt.bench;

import java.util.List;

/** Every measurement the benchmark runs, in order; each feature adds its own. */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static List<Measurement> all() {
        return List.of(
                new BackupMeasurement(),
                new RosterImportMeasurement(),
                new RosterSearchMeasurement(),
                new RosterLoadMeasurement(false),
                new RosterLoadMeasurement(true),
                new StartupMeasurement(false),
                new StartupMeasurement(true),
                new MemoryMeasurement(),
                new ReportRenderMeasurement(vn.tdkt.doc.DocumentFormat.PDF),
                new ReportRenderMeasurement(vn.tdkt.doc.DocumentFormat.DOCX));
    }
}
