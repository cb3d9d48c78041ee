package vn.tdkt.award;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.award.certificate.CertificateMeasurement;
import vn.tdkt.award.certificate.CertificateRepository;
import vn.tdkt.award.certificate.CertificateService;
import vn.tdkt.award.certificate.CertificatesCommand;
import vn.tdkt.award.certificate.LibreOfficeCertificateMeasurement;
import vn.tdkt.award.certificate.SystemPrinters;
import vn.tdkt.award.certificate.ui.CertificatesPage;
import vn.tdkt.award.ui.CommendationPage;
import vn.tdkt.bench.Measurement;
import vn.tdkt.cli.Command;
import vn.tdkt.core.Lazy;
import vn.tdkt.db.Kernel;
import vn.tdkt.demo.SampleStep;
import vn.tdkt.doc.FormSource;
import vn.tdkt.documents.DocumentsFeature;
import vn.tdkt.frame.Feature;
import vn.tdkt.org.OrgFeature;
import vn.tdkt.settings.SettingsFeature;
import vn.tdkt.ui.NavigationEntry;

/**
 * Khen thưởng: before the council, the rule sets, the year's classification, initiatives, discipline and award
 * history, and who qualifies for which title with the reasons; from the council on, the dossier's chain (council
 * meeting → Tờ trình → Quyết định) and its forms.
 */
public final class AwardFeature implements Feature {
    private final Kernel kernel;
    private final SettingsFeature settings;
    private final OrgFeature org;
    private final Lazy<CommendationServices> services;
    private final Lazy<DossierService> dossiers;
    private final Lazy<DossierForms> forms;
    private final Lazy<DossierSteps> steps;
    private final Lazy<CertificateService> certificates;

    /**
     * @param scores what the scoring feature knows of a nominee's year, and {@code model} their ĐHTT dossier, for the
     *               báo cáo thành tích; both are features built on award, so the root passes them in
     */
    public AwardFeature(Kernel kernel, SettingsFeature settings, OrgFeature org, DocumentsFeature documents, NomineeScores scores,
                        NomineeModel model) {
        this.kernel = kernel;
        this.settings = settings;
        this.org = org;
        this.services = Lazy.of(() -> {
            RuleSetService ruleSets = new RuleSetService(kernel.database(), new RuleSetRepository(kernel.database()), kernel.audit(),
                    kernel.clock());
            AwardRecordRepository records = new AwardRecordRepository(kernel.database());
            return new CommendationServices(ruleSets, new AwardRecordService(kernel.database(), records, kernel.audit()),
                    new EligibilityService(records, ruleSets, org.services().units(), org.services().roster()));
        });
        this.dossiers = Lazy.of(() -> new DossierService(kernel.database(), new DossierRepository(kernel.database()),
                documents.services().register(), kernel.audit()));
        this.forms = Lazy.of(() -> new DossierForms(dossiers.get(), services.get(), settings.legalRegister(), org.services().roster(),
                org.services().units(), () -> settings.service().letterheadForDocuments().issuer(), scores, model));
        this.steps = Lazy.of(() -> new DossierSteps(kernel.database(), dossiers.get(), new CouncilBallots(org.services().roster()),
                services.get().ruleSets(), services.get().records(), settings.legalRegister(),
                () -> settings.service().letterheadForDocuments().issuer()));
        this.certificates = Lazy.of(() -> new CertificateService(kernel.database(), new CertificateRepository(kernel.database()), kernel.audit(),
                dossiers.get(), () -> settings.service().letterheadForDocuments().issuer(),
                () -> services().ruleSets().inUse().titles().stream().filter(t -> "title".equals(t.family())).map(TitleRule::name)
                        .collect(java.util.stream.Collectors.toSet()), kernel.clock()));
    }

    public CommendationServices services() {
        return services.get();
    }

    public DossierService dossiers() {
        return dossiers.get();
    }

    /** The award forms as objects, for documents of records kept in no data folder here (the demo's fictional subordinate). */
    public DossierForms documentForms() {
        return forms.get();
    }

    public DossierSteps steps() {
        return steps.get();
    }

    private HistoryImporter importer() {
        return new HistoryImporter(services().records(), services().ruleSets(), org.services().roster(), org.services().units(), kernel.clock());
    }

    @Override
    public void prepare() {
        services();
        forms.get();
        certificates.get();
    }

    @Override
    public List<NavigationEntry> pages() {
        return List.of(new NavigationEntry("awards", "page.awards", "mdmz-military_tech", ui -> new CommendationPage(ui, services(), dossiers(), steps(), importer(), org.services().units(), org.services().roster())),
                new NavigationEntry("certificates", "page.certificates", "mdal-card_membership", ui -> new CertificatesPage(ui, certificates.get(), new SystemPrinters())));
    }

    @Override
    public List<Command> commands() {
        return List.of(new EligibilityCommand(this::services, org::services), new CouncilCommand(this::services),
                new AwardsCommand(this::services, org::services), new HistoryCommand(this::importer),
                new DecisionsCommand(this::steps), new CertificatesCommand(certificates::get));
    }

    @Override
    public List<FormSource> forms() {
        return forms.get().all();
    }

    /** Three years of records, then a dossier dated back from today; it follows the letterhead and roster steps. */
    @Override
    public Optional<SampleStep> sampleData() {
        return Optional.of(SampleStep.of(() -> services().records().any() || !dossiers().meetings().isEmpty(), (size, progress) -> {
            Map<String, Integer> made = new HashMap<>(new SampleAwardRecords(services().records(), org.services().units(), org.services().roster())
                    .create(progress));
            made.put("award_document", new SampleDossiers(dossiers(), steps(), org.services().roster(), org.services().units())
                    .create(settings.service().letterheadForDocuments().issuer(), LocalDate.now(kernel.clock())));
            return made;
        }));
    }

    @Override
    public List<String> overviewTables() {
        return List.of("award_initiative", "award_history");
    }

    @Override
    public List<Measurement> measurements() {
        return List.of(new EligibilityMeasurement(this::services), new CertificateMeasurement(certificates::get),
                new LibreOfficeCertificateMeasurement(certificates::get));
    }
}
