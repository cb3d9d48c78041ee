package vn.tdkt.bench;

import java.util.List;

/**
 * JVM start to main window shown, in a child process running {@code selftest}: without an AppCDS
 * archive, and with one, since class loading is most of the start. Run from the installed launcher,
 * "with" uses the archive made at build time; run from the jar, one made by the warm-up run.
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
        List<String> options = new java.util.ArrayList<>(ChildSelftest.inheritedOptions(classDataSharing));
        if (classDataSharing && options.stream().noneMatch(ChildSelftest::isArchiveOption)) {
            options.addAll(List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + context.scratch().resolve("tdkt.jsa")));
        }
        return ChildSelftest.run(context, options).getOrDefault("startup_ms", Double.NaN);
    }
}
