package vn.tdkt.bench;

import java.util.List;

/**
 * JVM start to main window shown, in a child process running {@code selftest}: plainly, and with an
 * AppCDS archive (made by the warm-up run) as the installed launcher will use, since class loading
 * is most of the start.
 */
final class StartupMeasurement implements Measurement {
    private final boolean classDataSharing;

    StartupMeasurement(boolean classDataSharing) {
        this.classDataSharing = classDataSharing;
    }

    @Override
    public String name() {
        return classDataSharing ? "app.startup.appcds" : "app.startup";
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
        List<String> options = classDataSharing
                ? List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + context.scratch().resolve("tdkt.jsa"))
                : List.of();
        return ChildSelftest.run(context, options).getOrDefault("startup_ms", Double.NaN);
    }
}
