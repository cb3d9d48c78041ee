package vn.tdkt.bench;

/** A full database backup (VACUUM INTO a temporary file, synced, moved into place). */
final class BackupMeasurement implements Measurement {
    @Override
    public String name() {
        return "db.backup";
    }

    @Override
    public double run(BenchContext context) {
        context.kernel().backups().create();
        return Double.NaN;
    }
}
