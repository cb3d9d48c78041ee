package vn.tdkt.doc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Converts .docx files to PDF with LibreOffice ({@code soffice --headless}), as a second reader of our Word
 * files. A test that needs it fails, saying what to install, when soffice is missing: {@code .ci/run} installs it
 * (Debian: {@code apt-get install --no-install-recommends libreoffice-writer-nogui fonts-liberation2}), so the
 * comparison always runs in CI and never passes by being skipped.
 */
final class LibreOffice {
    private LibreOffice() {
    }

    static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "soffice"))) {
                return true;
            }
        }
        return false;
    }

    static void requireInstalled() {
        assertTrue(installed(), "soffice is not installed: install libreoffice-writer-nogui and fonts-liberation2 (.ci/run does) "
                + "to compare the .docx as LibreOffice lays it out");
    }

    /** Converts every file in one run (a start of soffice costs seconds); returns the PDFs in the same order. */
    static List<Path> toPdf(List<Path> docx, Path out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=file://" + out.resolve("profile").toAbsolutePath(),
                "--headless", "--convert-to", "pdf", "--outdir", out.toString()));
        docx.forEach(file -> command.add(file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("soffice did not finish converting in 5 minutes");
        }
        List<Path> pdfs = new ArrayList<>();
        for (Path file : docx) {
            String name = file.getFileName().toString();
            Path pdf = out.resolve(name.substring(0, name.length() - ".docx".length()) + ".pdf");
            if (!Files.exists(pdf)) {
                throw new IOException("soffice wrote no " + pdf + ": " + Files.readString(out.resolve("soffice.log")));
            }
            pdfs.add(pdf);
        }
        return pdfs;
    }
}
