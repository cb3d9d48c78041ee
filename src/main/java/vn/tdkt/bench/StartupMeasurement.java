package vn.tdkt.bench;

/** JVM start to main window shown, in a child process running {@code selftest}. */
final class StartupMeasurement implements Measurement {
    @Override
    public String name() {
        return "app.startup";
    }

    @Override
    public int warmups() {
        return 1;
    }

    @Override
    public int runs() {
        return 3;
    }

    @Override
    public double run(BenchContext context) throws Exception {
        return ChildSelftest.run(context).getOrDefault("startup_ms", Double.NaN);
    }
}
