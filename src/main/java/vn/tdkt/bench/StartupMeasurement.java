package vn.tdkt.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JVM start to main window shown, in a child process running {@code selftest}: without an AOT cache,
 * and with one, since loading and linking classes is most of the start. Run from the installed
 * launcher, "with" uses the cache made at build time; run from the jar, one the warm-up run trains.
 */
final class StartupMeasurement implements Measurement {
    private final boolean classDataSharing;

    StartupMeasurement(boolean classDataSharing) {
        this.classDataSharing = classDataSharing;
    }

    @Override
    public String name() {
        return classDataSharing ? "app.startup.aot" : "app.startup";
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
        List<String> options = new ArrayList<>(ChildSelftest.inheritedOptions(classDataSharing));
        if (classDataSharing && options.stream().noneMatch(ChildSelftest::isArchiveOption)) {
            Path cache = context.scratch().resolve("tdkt.aot");
            options.add(Files.exists(cache) ? "-XX:AOTCache=" + cache : "-XX:AOTCacheOutput=" + cache);
        }
        return ChildSelftest.run(context, options).getOrDefault("startup_ms", Double.NaN);
    }
}
