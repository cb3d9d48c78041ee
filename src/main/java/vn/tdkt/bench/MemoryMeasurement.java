package vn.tdkt.bench;

/**
 * Resident memory of the app after opening every page, in a child process running {@code selftest}
 * with the installed launcher's options and AOT cache (see {@link ChildSelftest}).
 */
final class MemoryMeasurement implements Measurement {
    @Override
    public String name() {
        return "app.memory";
    }

    @Override
    public String unit() {
        return "MB";
    }

    @Override
    public int warmups() {
        return 0;
    }

    @Override
    public int runs() {
        return 1;
    }

    @Override
    public double run(BenchContext context) throws Exception {
        return ChildSelftest.run(context, ChildSelftest.launcherOptions(context, true)).getOrDefault("rss_mb", Double.NaN);
    }
}
