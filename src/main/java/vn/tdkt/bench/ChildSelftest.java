package vn.tdkt.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code selftest} in a fresh JVM on a copy of the bench data (the bench itself holds the
 * data folder's lock) and reads the figures it prints as name=value lines. The child gets this
 * JVM's own options: run from the installed launcher ({@code /opt/tdkt/bin/tdkt bench}), the figures
 * are those of the installed image with the launcher's heap cap, collector and AOT cache; run from the
 * jar, those of a plain {@code java -jar} (the JVM's defaults, sized for this machine's memory).
 */
final class ChildSelftest {
    private ChildSelftest() {
    }

    /** This JVM's options, without the AOT cache ones when {@code withArchive} is false. */
    static List<String> inheritedOptions(boolean withArchive) {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> withArchive || !isArchiveOption(option))
                .toList();
    }

    static boolean isArchiveOption(String option) {
        return option.startsWith("-XX:AOTCache=") || option.startsWith("-XX:AOTCacheOutput=") || option.startsWith("-XX:AOTMode=");
    }

    static Map<String, Double> run(BenchContext context, List<String> jvmOptions) throws IOException, InterruptedException {
        Path copy = context.scratch().resolve("selftest-" + System.nanoTime());
        Files.createDirectories(copy);
        context.kernel().database().copyTo(copy.resolve(vn.tdkt.db.DataFolder.DATABASE_FILE));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
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
