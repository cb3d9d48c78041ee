package vn.tdkt.org;

import java.util.function.Supplier;
import vn.tdkt.bench.BenchContext;
import vn.tdkt.bench.Measurement;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;

/**
 * A 10,000-row .xlsx read, checked and written into a fresh unit, inside a transaction that is then
 * rolled back so every run starts from the same database.
 */
final class RosterImportMeasurement implements Measurement {
    private final Supplier<OrgServices> services;
    private static final int ROWS = 10_000;
    private Path file;
    private Unit unit;

    RosterImportMeasurement(Supplier<OrgServices> services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "roster.import.10k";
    }

    @Override
    public int warmups() {
        return 1;
    }

    @Override
    public void setUp(BenchContext context) {
        file = context.scratch().resolve("roster-10k.xlsx");
        unit = services.get().units().add(null, "BENCH", "Đơn vị nhập thử", null, null);
        List<RosterEntry> rows = new java.util.ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            PersonDetails details = new PersonDetails("Nguyễn Văn Thử " + (char) ('A' + i % 26), i % 5 == 0 ? Gender.FEMALE : Gender.MALE,
                    RosterDates.day(LocalDate.of(1960, 1, 1).plusDays(i)), "Hà Tĩnh", "Binh nhì", "Chiến sĩ", "HSQ-BS", false,
                    null, RosterDates.parse("02/2025").orElseThrow(), "12/12", null);
            rows.add(new RosterEntry(new Person("p" + i, unit.id(), details, null, null), unit.code(), unit.name()));
        }
        new RosterExporter(Messages.vietnamese()).write(file, rows, Progress.NONE);
    }

    @Override
    public double run(BenchContext context) {
        RosterImporter importer = services.get().importer();
        try {
            context.kernel().database().transaction(() -> {
                ImportSource source = importer.read(file);
                importer.apply(importer.preview(source, source.suggested(), unit.id(), Progress.NONE), Progress.NONE);
                throw new RolledBack();
            });
        } catch (RolledBack expected) {
            return Double.NaN;
        }
        throw new IllegalStateException("import was not rolled back");
    }

    /** Unwinds the transaction after the timed work. */
    private static final class RolledBack extends RuntimeException {
        RolledBack() {
            super(null, null, false, false);
        }
    }
}
