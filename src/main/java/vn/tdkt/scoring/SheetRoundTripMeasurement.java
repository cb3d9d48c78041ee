package vn.tdkt.scoring;

import java.nio.file.Path;
import java.util.function.Supplier;
import vn.tdkt.bench.BenchContext;
import vn.tdkt.bench.Measurement;

/** Export of a 200-unit, 40-criterion month to .xlsx and its import back (read, compare, nothing to write). */
final class SheetRoundTripMeasurement implements Measurement {
    private final Supplier<ScoringServices> services;
    private BenchScoring.Load load;

    SheetRoundTripMeasurement(Supplier<ScoringServices> services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "scoring.excelRoundTrip";
    }

    @Override
    public void setUp(BenchContext context) {
        load = BenchScoring.ensure(services.get());
    }

    @Override
    public double run(BenchContext context) {
        Path file = context.scratch().resolve("scoring-roundtrip.xlsx");
        ScoreWorkbook.write(file, services.get().scoring().sheet(load.monthPeriodId()), ScoreWorkbook.Layout.GRID);
        SheetImport preview = services.get().importer().preview(file);
        services.get().importer().apply(preview);
        if (!preview.refused().isEmpty() || !preview.differences().isEmpty()) {
            throw new IllegalStateException("the round trip changed the sheet");
        }
        return Double.NaN;
    }
}
