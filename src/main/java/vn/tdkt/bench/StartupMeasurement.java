package vn.tdkt.bench;

/**
 * JVM start to main window shown, in a child process running {@code selftest} with the launcher's
 * options: without an AOT cache, and with one, since loading and linking classes is most of the start.
 * Run from the installed launcher, "with" uses the cache made at build time; run from the jar, one
 * trained in the scratch folder.
 */
final class StartupMeasurement implements Measurement {
    private final boolean aotCache;

    StartupMeasurement(boolean aotCache) {
        this.aotCache = aotCache;
    }

    @Override
    public String name() {
        return aotCache ? "app.startup.aot" : "app.startup";
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
        return ChildSelftest.run(context, ChildSelftest.launcherOptions(context, aotCache)).getOrDefault("startup_ms", Double.NaN);
    }
}
