package vn.tdkt.award.certificate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import vn.tdkt.AppContext;
import vn.tdkt.award.Decision;
import vn.tdkt.core.Progress;
import vn.tdkt.db.DataFolder;
import vn.tdkt.demo.SampleSize;

/** A real data folder with the small demo (its one decision) and the certificate service built on it. */
public final class CertificateFixture implements AutoCloseable {
    public final AppContext app;
    public final CertificateService service;

    public CertificateFixture(Path dir) {
        app = AppContext.open(new DataFolder(dir.resolve("data")), Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.ofHours(7)));
        app.sampleData().fill(SampleSize.SMALL, Progress.NONE);
        service = new CertificateService(app.database(), new CertificateRepository(app.database()), app.audit(), app.dossiers(),
                () -> app.settings().letterheadForDocuments().issuer(), () -> java.util.Set.of("Chiến sĩ thi đua cơ sở"),
                app.clock());
    }

    /** The demo's decision on people (its other one awards units). */
    public Decision decision() {
        return app.dossiers().decisions().stream().filter(d -> d.awardees().stream().noneMatch(a -> a.vote().collective()))
                .findFirst().orElseThrow();
    }

    @Override
    public void close() {
        app.close();
    }
}
