package vn.tdkt.award;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.core.Lazy;
import vn.tdkt.db.Kernel;
import vn.tdkt.demo.SampleStep;
import vn.tdkt.doc.FormSource;
import vn.tdkt.documents.DocumentsFeature;
import vn.tdkt.frame.Feature;
import vn.tdkt.org.OrgFeature;
import vn.tdkt.settings.SettingsFeature;

/**
 * Khen thưởng: for now the award dossier's chain (council meeting → Tờ trình → Quyết định), its forms and the
 * demo's dossier; the commendation feature (issue 14) grows the rest of the package.
 */
public final class AwardFeature implements Feature {
    private final Lazy<DossierService> dossiers;
    private final Lazy<DossierForms> forms;
    private final SettingsFeature settings;
    private final OrgFeature org;
    private final Kernel kernel;

    public AwardFeature(Kernel kernel, SettingsFeature settings, OrgFeature org, DocumentsFeature documents) {
        this.kernel = kernel;
        this.settings = settings;
        this.org = org;
        this.dossiers = Lazy.of(() -> new DossierService(kernel.database(), new DossierRepository(kernel.database()),
                documents.services().register(), kernel.audit()));
        this.forms = Lazy.of(() -> new DossierForms(dossiers.get(), settings.legalRegister(), org.services().roster(), org.services().units(),
                () -> settings.service().letterheadForDocuments().issuer()));
    }

    public DossierService dossiers() {
        return dossiers.get();
    }

    @Override
    public void prepare() {
        forms.get();
    }

    @Override
    public List<FormSource> forms() {
        return forms.get().all();
    }

    /** The demo's dossier is dated back from today, so it follows the letterhead and roster steps. */
    @Override
    public Optional<SampleStep> sampleData() {
        return Optional.of(SampleStep.of(() -> !dossiers().meetings().isEmpty(), (size, progress) -> Map.of("award_document",
                new SampleDossiers(dossiers(), org.services().roster(), org.services().units())
                        .create(settings.service().letterheadForDocuments().issuer(), LocalDate.now(kernel.clock())))));
    }
}
