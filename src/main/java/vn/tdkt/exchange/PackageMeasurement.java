package vn.tdkt.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Random;
import java.util.function.Supplier;
import vn.tdkt.bench.BenchContext;
import vn.tdkt.bench.Measurement;
import vn.tdkt.core.Progress;
import vn.tdkt.db.Installation;

/**
 * A package with 100 MB of attachments (twenty 5 MB files of random bytes, like scans that do not
 * compress), written and read back with every check, as an export does; the same files through
 * {@code zip -r} and {@code unzip -t} in the same run. {@code ratio} reports ours ÷ theirs (target ≤ 1.3).
 */
final class PackageMeasurement implements Measurement {
    private static final int FILES = 20;
    private static final int FILE_BYTES = 5 << 20;

    private final Supplier<Installation> installation;
    private final boolean ratio;
    private Path work;
    private Path attachments;

    PackageMeasurement(Supplier<Installation> installation, boolean ratio) {
        this.installation = installation;
        this.ratio = ratio;
    }

    @Override
    public String name() {
        return ratio ? "exchange.100mb.vs_zip" : "exchange.100mb.export_verify";
    }

    @Override
    public String unit() {
        return ratio ? "×" : "ms";
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
    public void setUp(BenchContext context) throws IOException {
        work = Files.createDirectories(context.scratch().resolve("package"));
        attachments = Files.createDirectories(work.resolve("files"));
        Random random = new Random(15);
        byte[] bytes = new byte[FILE_BYTES];
        for (int i = 0; i < FILES; i++) {
            random.nextBytes(bytes);
            Files.write(attachments.resolve("scan-" + i + ".pdf"), bytes);
        }
    }

    @Override
    public double run(BenchContext context) throws Exception {
        long start = System.nanoTime();
        ours();
        double oursMs = (System.nanoTime() - start) / 1e6;
        if (!ratio) {
            return oursMs;
        }
        start = System.nanoTime();
        theirs();
        return oursMs / ((System.nanoTime() - start) / 1e6);
    }

    private void ours() throws IOException {
        Installation self = installation.get();
        PackageContents contents = new PackageContents(new Manifest.SourceUnit("bench", "BENCH", "Bench"), false);
        try (var files = Files.list(attachments)) {
            files.sorted().forEach(contents::attachment);
        }
        Manifest manifest = new Manifest(PackageFormat.VERSION, vn.tdkt.core.Ids.newId(), "bench", "BENCH",
                java.time.Instant.now().toString(), new Manifest.Source(self.id(), PackageWriter.publicKeyText(self)),
                contents.unit(), 1, false, contents.summary());
        PackageCrypto crypto = new PackageCrypto();
        Path target = work.resolve("bench.tdkt");
        new PackageWriter(crypto).write(target, manifest, contents, self, null, Progress.NONE);
        try (OpenedPackage opened = new PackageReader(crypto, work).open(target, null, new ArrayList<>(), Progress.NONE)) {
            opened.manifest();
        }
        Files.delete(target);
    }

    private void theirs() throws IOException, InterruptedException {
        Path zip = work.resolve("bench.zip");
        exec(new ProcessBuilder("zip", "-r", "-q", zip.toString(), "files").directory(work.toFile()));
        exec(new ProcessBuilder("unzip", "-t", "-q", zip.toString()).directory(work.toFile()));
        Files.delete(zip);
    }

    private static void exec(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", builder.command()) + " exited " + process.exitValue());
        }
    }
}
