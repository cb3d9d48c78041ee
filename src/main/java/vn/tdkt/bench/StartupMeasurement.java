package vn.tdkt.bench;

import java.util.List;

/**
 * JVM start (its own uptime clock) to the main window shown, in a child process running {@code selftest} with the
 * launcher's options: without an AOT cache, and with one, since loading and linking classes is most of the start;
 * and with the cache, to the first page shown in it once the data folder is open. Run from the installed launcher,
 * "with" uses the cache made at build time; run from the jar, one trained in the scratch folder.
 */
final class StartupMeasurement implements Measurement {
    private final boolean aotCache;
    private final boolean firstPage;

    private StartupMeasurement(boolean aotCache, boolean firstPage) {
        this.aotCache = aotCache;
        this.firstPage = firstPage;
    }

    static List<Measurement> all() {
        return List.of(new StartupMeasurement(false, false), new StartupMeasurement(true, false), new StartupMeasurement(true, true));
    }

    @Override
    public String name() {
        return firstPage ? "app.startup.page.aot" : aotCache ? "app.startup.aot" : "app.startup";
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
        return ChildSelftest.run(context, ChildSelftest.launcherOptions(context, aotCache)).getOrDefault(firstPage ? "first_page_ms" : "startup_ms", Double.NaN);
    }
}
