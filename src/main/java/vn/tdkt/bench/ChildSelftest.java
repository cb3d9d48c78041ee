package vn.tdkt.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code selftest} in a fresh JVM on a copy of the bench data (the bench itself holds the data
 * folder's lock) and reads the figures it prints as name=value lines. The child runs with the installed
 * launcher's options ({@link LauncherOptions}), whatever options the bench's own JVM has; with the AOT
 * cache, the one of the installed image when the bench runs from it, else one trained once in the
 * scratch folder by a {@code selftest} run with those same options.
 */
final class ChildSelftest {
    private ChildSelftest() {
    }

    /** The launcher's options, with an AOT cache made for them when {@code withCache}. */
    static List<String> launcherOptions(BenchContext context, boolean withCache) throws IOException, InterruptedException {
        LauncherOptions launcher = LauncherOptions.fromJar();
        if (!withCache) {
            return launcher.withCache(Optional.empty());
        }
        Optional<Path> installed = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-XX:AOTCache=")).map(option -> Path.of(option.substring("-XX:AOTCache=".length())))
                .filter(Files::exists).findFirst();
        if (installed.isPresent()) {
            return launcher.withCache(installed);
        }
        Path trained = context.scratch().resolve("tdkt.aot");
        if (!Files.exists(trained)) {
            List<String> training = new ArrayList<>(launcher.withCache(Optional.empty()));
            training.add("-XX:AOTCacheOutput=" + trained);
            run(context, training);
        }
        return launcher.withCache(Optional.of(trained));
    }

    static Map<String, Double> run(BenchContext context, List<String> jvmOptions) throws IOException, InterruptedException {
        Path copy = context.scratch().resolve("selftest-" + System.nanoTime());
        Files.createDirectories(copy);
        context.kernel().database().copyTo(copy.resolve(vn.tdkt.db.DataFolder.DATABASE_FILE));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.tdkt.Main", "--data", copy.toString(), "selftest"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("selftest failed: " + output);
        }
        Map<String, Double> figures = new HashMap<>();
        for (String line : output.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(eq + 1).matches("\\d+(\\.\\d+)?")) {
                figures.put(line.substring(0, eq), Double.parseDouble(line.substring(eq + 1)));
            }
        }
        return figures;
    }
}
