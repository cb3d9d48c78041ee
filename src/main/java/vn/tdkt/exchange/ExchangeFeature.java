package vn.tdkt.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.award.AwardFeature;
import vn.tdkt.award.AwardRecordRepository;
import vn.tdkt.bench.Measurement;
import vn.tdkt.cli.Command;
import vn.tdkt.core.Lazy;
import vn.tdkt.db.Kernel;
import vn.tdkt.demo.SampleStep;
import vn.tdkt.exchange.ui.ExchangePage;
import vn.tdkt.exemplar.ExemplarFeature;
import vn.tdkt.exemplar.ExemplarRepository;
import vn.tdkt.frame.Feature;
import vn.tdkt.org.OrgFeature;
import vn.tdkt.org.PersonRepository;
import vn.tdkt.org.UnitRepository;
import vn.tdkt.scoring.ScoringFeature;
import vn.tdkt.ui.NavigationEntry;

/**
 * Trao đổi: signed USB packages between echelons. A new kind of package (dossier, proposal,
 * decisions) is one {@link PackageKind} added to the list below, built from its feature's services.
 */
public final class ExchangeFeature implements Feature {
    private final Kernel kernel;
    private final Lazy<ExchangeService> service;
    private final Lazy<EchelonLists> lists;
    private final OrgFeature org;
    private final AwardFeature awards;

    public ExchangeFeature(Kernel kernel, OrgFeature org, ExemplarFeature exemplars, AwardFeature awards, ScoringFeature scoring) {
        this.kernel = kernel;
        this.org = org;
        this.awards = awards;
        this.lists = Lazy.of(() -> new EchelonLists(exemplars.services().exemplars(), scoring.services().scoring(), org.services().units(),
                new ExchangeRepository(kernel.database()), new ScoreExchangeRepository(kernel.database())));
        this.service = Lazy.of(() -> {
            ExchangeRepository repository = new ExchangeRepository(kernel.database());
            AwardExchangeRepository received = new AwardExchangeRepository(kernel.database());
            List<PackageKind> kinds = List.of(
                    new SnapshotKind(org.services().units(), org.services().roster(), new UnitRepository(kernel.database()),
                            new PersonRepository(kernel.database()), repository, scoring.services().scoring(),
                            new ScoreExchangeRepository(kernel.database())),
                    new DossierKind(exemplars.services(), new ExemplarRepository(kernel.database()), org.services().units(),
                            new UnitRepository(kernel.database()), new PersonRepository(kernel.database()), repository),
                    new ProposalKind(awards.dossiers(), awards::forms, org.services().units(), repository, received),
                    new DecisionsKind(awards.dossiers(), awards::forms, awards.services().ruleSets(), org.services().units(),
                            new PersonRepository(kernel.database()), new AwardRecordRepository(kernel.database()), repository, received));
            return new ExchangeService(kernel.database(), repository, kernel::installation, kernel.audit(), kernel.clock(),
                    kinds, new PackageCrypto(), kernel.folder().root(), received, new ReceivedDocumentRepository(kernel.database()),
                    // Beside the "documents" folder the Văn bản page opens its documents from.
                    kernel.folder().root().resolve("documents").resolve("received"));
        });
    }

    public ExchangeService service() {
        return service.get();
    }

    /** The higher echelon's lists over own and received units. */
    public EchelonLists lists() {
        return lists.get();
    }

    @Override
    public void prepare() {
        service();
        lists();
    }

    @Override
    public List<NavigationEntry> pages() {
        return List.of(new NavigationEntry("exchange", "page.exchange", "mdmz-swap_horiz", ui -> new ExchangePage(ui, service(), lists())));
    }

    @Override
    public List<Command> commands() {
        return List.of(new PackageCommand(this::service, this::lists));
    }

    @Override
    public List<Measurement> measurements() {
        return List.of(new PackageMeasurement(kernel::installation, false), new PackageMeasurement(kernel::installation, true));
    }

    /** The higher echelon's view in the demo: a snapshot with a month's scores and a proposal received from a fictional subordinate. */
    @Override
    public Optional<SampleStep> sampleData() {
        return Optional.of(SampleStep.of(() -> !service().received().isEmpty(),
                (size, progress) -> {
                    service().importSamplePackages(lists().newestOwnMonth(), new SampleDocuments(awards.documentForms(),
                            () -> ProposalKind.ownTop(org.services().units(), new ExchangeRepository(kernel.database())).name()));
                    return Map.of("exchange_received", 2);
                }));
    }

    @Override
    public List<String> overviewTables() {
        return List.of("exchange_received");
    }
}
