package vn.tdkt.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.tdkt.core.Progress;
import vn.tdkt.core.SafeFiles;
import vn.tdkt.db.DataFolder;
import vn.tdkt.demo.SampleSize;

/** Creates a fresh data folder of the chosen size, runs each measurement and reports the figures. */
public final class BenchRunner {
    /** One measurement's figures: median, min and max over the timed runs. */
    public record Result(String name, double median, double min, double max, String unit, int runs, String note) {
    }

    private final PrintStream out;

    public BenchRunner(PrintStream out) {
        this.out = out;
    }

    /** {@code open} opens a data folder with every feature; the runner makes a fresh one of the size asked for. */
    public List<Result> run(SampleSize size, String only, Path json, Function<DataFolder, BenchTarget> open) throws Exception {
        Path root = Files.createTempDirectory("tdkt-bench-");
        List<Result> results = new ArrayList<>();
        try {
            DataFolder folder = new DataFolder(root.resolve("data"));
            Path scratch = Files.createDirectories(root.resolve("scratch"));
            try (BenchTarget target = open.apply(folder)) {
                long started = System.nanoTime();
                target.sampleData().fill(size, Progress.NONE);
                double sampleMs = (System.nanoTime() - started) / 1e6;
                results.add(new Result("demo.create", sampleMs, sampleMs, sampleMs, "ms", 1, size.name().toLowerCase(Locale.ROOT)));
                print(results.getLast());
                BenchContext context = new BenchContext(target.kernel(), size, scratch);
                List<Measurement> measurements = new ArrayList<>(List.of(new BackupMeasurement()));
                measurements.addAll(target.measurements());
                measurements.addAll(StartupMeasurement.all());
                measurements.add(new MemoryMeasurement());
                for (Measurement measurement : measurements) {
                    if (only != null && !measurement.name().startsWith(only)) {
                        continue;
                    }
                    results.add(measure(measurement, context));
                    print(results.getLast());
                }
            }
        } finally {
            deleteTree(root);
        }
        if (json != null) {
            SafeFiles.writeString(json, toJson(size, results));
        }
        return results;
    }

    private Result measure(Measurement measurement, BenchContext context) {
        try {
            measurement.setUp(context);
            for (int i = 0; i < measurement.warmups(); i++) {
                measurement.run(context);
            }
            double[] values = new double[measurement.runs()];
            for (int i = 0; i < values.length; i++) {
                long start = System.nanoTime();
                double reported = measurement.run(context);
                values[i] = Double.isNaN(reported) ? (System.nanoTime() - start) / 1e6 : reported;
            }
            Arrays.sort(values);
            double median = values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
            return new Result(measurement.name(), median, values[0], values[values.length - 1], measurement.unit(), values.length, "");
        } catch (Exception e) {
            return new Result(measurement.name(), Double.NaN, Double.NaN, Double.NaN, measurement.unit(), 0,
                    "skipped: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")));
        }
    }

    public void printHeader() {
        out.printf(Locale.ROOT, "%-28s %12s %12s %12s %-6s %s%n", "name", "median", "min", "max", "unit", "note");
    }

    private void print(Result r) {
        out.printf(Locale.ROOT, "%-28s %12.2f %12.2f %12.2f %-6s %s%n", r.name(), r.median(), r.min(), r.max(), r.unit(), r.note());
    }

    private static String toJson(SampleSize size, List<Result> results) {
        StringBuilder json = new StringBuilder("{\n  \"size\": \"").append(size.name().toLowerCase(Locale.ROOT))
                .append("\",\n  \"date\": \"").append(Instant.now()).append("\",\n  \"cores\": ")
                .append(Runtime.getRuntime().availableProcessors()).append(",\n  \"results\": [\n");
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            json.append(String.format(Locale.ROOT,
                    "    {\"name\": \"%s\", \"median\": %s, \"min\": %s, \"max\": %s, \"unit\": \"%s\", \"runs\": %d, \"note\": \"%s\"}%s%n",
                    r.name(), number(r.median()), number(r.min()), number(r.max()), r.unit(), r.runs(),
                    r.note().replace("\\", "\\\\").replace("\"", "\\\""), i + 1 < results.size() ? "," : ""));
        }
        return json.append("  ]\n}\n").toString();
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
