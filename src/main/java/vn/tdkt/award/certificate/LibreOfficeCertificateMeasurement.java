package vn.tdkt.award.certificate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import vn.tdkt.bench.BenchContext;
import vn.tdkt.bench.Measurement;
import vn.tdkt.core.SafeFiles;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.DocxRenderer;
import vn.tdkt.doc.PageSetup;
import vn.tdkt.doc.ParagraphStyle;

/**
 * The yardstick for {@link CertificateMeasurement}: the same 1,000 certificates as one-page .docx files (A4 landscape,
 * the same lines), converted to PDF by LibreOffice in one batch ({@code soffice --headless --convert-to pdf}); one
 * run, as a batch takes minutes. Writing the .docx files is set-up and not timed. Skipped, saying so, without soffice.
 */
public final class LibreOfficeCertificateMeasurement implements Measurement {
    private final Supplier<CertificateService> service;
    private final List<Path> files = new ArrayList<>();
    private Path folder;

    public LibreOfficeCertificateMeasurement(Supplier<CertificateService> service) {
        this.service = service;
    }

    @Override
    public String name() {
        return "award.certificates.libreoffice.1000";
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
    public void setUp(BenchContext context) throws IOException {
        if (soffice() == null) {
            throw new IllegalStateException("LibreOffice (soffice) is not installed — install libreoffice-writer-nogui to compare");
        }
        folder = Files.createDirectories(context.scratch().resolve("certificates-docx"));
        DocxRenderer renderer = new DocxRenderer();
        List<Certificate> certificates = service.get().certificates(CertificateMeasurement.thousand(service.get()));
        for (int i = 0; i < certificates.size(); i++) {
            Path file = folder.resolve(String.format("certificate-%04d.docx", i + 1));
            SafeFiles.writeBytes(file, renderer.render(docx(certificates.get(i))));
            files.add(file);
        }
    }

    /** The certificate's lines in the full design's order, centred, on an A4 landscape page. */
    private static Document docx(Certificate certificate) {
        DocumentBuilder builder = DocumentBuilder.create("Giấy khen", "TĐKT").page(new PageSetup(certificate.paper(), true, 15, 15, 20, 20));
        for (CertificateField field : CertificateField.values()) {
            builder.paragraph(field.onBlank() && field != CertificateField.NAME ? ParagraphStyle.NOTE : ParagraphStyle.AUTHORITY,
                    certificate.line(field));
        }
        return builder.build();
    }

    /**
     * LibreOffice 7.4 here stops after about 250 files of one batch without a word (exit 0), so the files it left
     * are given to a new soffice, and again, until all are converted; the restarts are inside the time.
     */
    @Override
    public double run(BenchContext context) throws IOException, InterruptedException {
        Path out = Files.createDirectories(context.scratch().resolve("certificates-libreoffice"));
        try (var old = Files.list(out)) {
            for (Path file : (Iterable<Path>) old::iterator) {
                if (file.toString().endsWith(".pdf")) {
                    Files.delete(file);
                }
            }
        }
        List<Path> left = files;
        while (!left.isEmpty()) {
            convert(left, out);
            List<Path> still = left.stream().filter(file -> !Files.exists(pdf(file, out))).toList();
            if (still.size() == left.size()) {
                throw new IOException("soffice converted none of the last " + left.size() + " files");
            }
            left = still;
        }
        return Double.NaN;
    }

    private static void convert(List<Path> docx, Path out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(soffice(), "-env:UserInstallation=file://" + out.resolve("profile").toAbsolutePath(),
                "--headless", "--convert-to", "pdf", "--outdir", out.toString()));
        docx.forEach(file -> command.add(file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("soffice did not finish in 30 minutes");
        }
    }

    private static Path pdf(Path docx, Path out) {
        String name = docx.getFileName().toString();
        return out.resolve(name.substring(0, name.length() - ".docx".length()) + ".pdf");
    }

    private static String soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "soffice"))) {
                return Path.of(dir, "soffice").toString();
            }
        }
        return null;
    }
}
