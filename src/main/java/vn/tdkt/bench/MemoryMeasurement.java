package vn.tdkt.bench;

/**
 * Resident memory of the app after opening every page, in a child process running {@code selftest}
 * with this JVM's options (the launcher's, when the bench runs from the installed image).
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
        return ChildSelftest.run(context, ChildSelftest.inheritedOptions(true)).getOrDefault("rss_mb", Double.NaN);
    }
}
