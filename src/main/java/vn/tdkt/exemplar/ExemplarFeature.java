package vn.tdkt.exemplar;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.award.NomineeModel;
import vn.tdkt.bench.Measurement;
import vn.tdkt.cli.Command;
import vn.tdkt.core.Lazy;
import vn.tdkt.db.Kernel;
import vn.tdkt.demo.SampleStep;
import vn.tdkt.doc.FormSource;
import vn.tdkt.documents.DocumentsFeature;
import vn.tdkt.exemplar.ui.ExemplarPage;
import vn.tdkt.frame.Feature;
import vn.tdkt.org.OrgFeature;
import vn.tdkt.ui.NavigationEntry;

/** Điển hình tiên tiến: the four stages of each model, its plan, checks, evidence and dossier. */
public final class ExemplarFeature implements Feature {
    private final Lazy<ExemplarServices> services;
    private final OrgFeature org;
    private final DocumentsFeature documents;

    public ExemplarFeature(Kernel kernel, OrgFeature org, DocumentsFeature documents) {
        this.org = org;
        this.documents = documents;
        this.services = Lazy.of(() -> {
            ExemplarService exemplars = new ExemplarService(kernel.database(), new ExemplarRepository(kernel.database()),
                    org.services().units(), org.services().roster(), kernel.audit(), kernel.clock());
            return new ExemplarServices(exemplars, new ExemplarDocuments(exemplars, org.services().roster(), org.services().units(),
                    documents.services().settings(), documents.services().writer()));
        });
    }

    public ExemplarServices services() {
        return services.get();
    }

    /** The ĐHTT model the award's báo cáo thành tích cites; reads the folder only when a report is built. */
    public NomineeModel nomineeModel() {
        return new ModelsForReports(() -> services().exemplars());
    }

    @Override
    public void prepare() {
        services();
    }

    @Override
    public List<NavigationEntry> pages() {
        return List.of(new NavigationEntry("exemplars", "page.exemplars", "mdmz-stars", ui -> new ExemplarPage(ui, services(), org.services().roster(), org.services().units(),
                new ExemplarListFiles(services(), documents.services().writer()))));
    }

    @Override
    public List<Command> commands() {
        return List.of(new ExemplarsCommand(this::services));
    }

    @Override
    public List<FormSource> forms() {
        return services().documents().forms();
    }

    @Override
    public Optional<SampleStep> sampleData() {
        return Optional.of(SampleStep.of(() -> services().exemplars().any(), (size, progress) -> {
            int made = new SampleExemplars(services().exemplars(), org.services().units(), org.services().roster(),
                    documents.services().writer()).create(progress);
            return Map.of("exemplar", made);
        }));
    }

    @Override
    public List<String> overviewTables() {
        return List.of("exemplar");
    }

    @Override
    public List<vn.tdkt.frame.Watch> watches() {
        return List.of(new StalledWatch(this::services));
    }

    @Override
    public List<Measurement> measurements() {
        return List.of(new BoardMeasurement(this::services, org::services), new DossierMeasurement(this::services, org::services));
    }
}
