package vn.tdkt.exemplar;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import vn.tdkt.bench.BenchContext;
import vn.tdkt.bench.Measurement;
import vn.tdkt.org.OrgServices;

/** The whole hồ sơ of a model with 50 distinct photos of about 2 MB each, written to a PDF file. */
final class DossierMeasurement implements Measurement {
    static final int PHOTOS = 50;
    private final Supplier<ExemplarServices> services;
    private final Supplier<OrgServices> org;
    private String id;
    private Path out;

    DossierMeasurement(Supplier<ExemplarServices> services, Supplier<OrgServices> org) {
        this.services = services;
        this.org = org;
    }

    @Override
    public String name() {
        return "exemplar.dossier50x2MB";
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
    public void setUp(BenchContext context) throws Exception {
        ExemplarService exemplars = services.get().exemplars();
        String unitId = org.get().units().tree().getFirst().unit().id();
        Exemplar e = exemplars.discover(Discovery.ofUnit(unitId, exemplars.fields().getFirst(), "Đo hiệu năng hồ sơ", "Ban Chính trị",
                exemplars.today().minusDays(30), List.of()));
        id = e.id();
        // The case is photos of about 2 MB; 4000×2600 gave 4.4 MB each, a 210 MB dossier measured against a 100 MB budget.
        byte[] photo = SampleEvidence.photo(2800, 1900, "Minh chứng", 7);
        if (photo.length < 1_500_000 || photo.length > 3_000_000) {
            throw new IllegalStateException("sample photo is " + photo.length + " bytes, not about 2 MB");
        }
        for (int i = 0; i < PHOTOS; i++) {
            exemplars.attach(id, "anh-" + i + ".jpg", withComment(photo, "bench " + i), "Ảnh minh chứng " + (i + 1), null);
        }
        out = context.scratch().resolve("ho-so-50-anh.pdf");
    }

    /** The same photo made distinct (its own hash) by a JPEG comment segment right after the start marker. */
    static byte[] withComment(byte[] jpeg, String comment) throws java.io.IOException {
        byte[] text = comment.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + text.length + 4);
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xFE);
        out.write((text.length + 2) >> 8);
        out.write((text.length + 2) & 0xFF);
        out.write(text);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    @Override
    public double run(BenchContext context) throws Exception {
        services.get().documents().writeDossierPdf(id, out);
        if (Files.size(out) < PHOTOS * 1_000_000L) {
            throw new IllegalStateException("dossier too small: " + Files.size(out));
        }
        return Double.NaN;
    }
}
