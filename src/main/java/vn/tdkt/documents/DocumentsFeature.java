package vn.tdkt.documents;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.tdkt.bench.Measurement;
import vn.tdkt.cli.Command;
import vn.tdkt.core.Lazy;
import vn.tdkt.db.Kernel;
import vn.tdkt.demo.SampleStep;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentPrinter;
import vn.tdkt.doc.DocumentRegister;
import vn.tdkt.doc.DocumentRegisterRepository;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.doc.FormSource;
import vn.tdkt.documents.ui.DocumentsPage;
import vn.tdkt.frame.Feature;
import vn.tdkt.settings.SettingsFeature;
import vn.tdkt.ui.NavigationEntry;

/** Văn bản: the sổ văn bản (document numbers), the forms to preview, save and print, and {@code docs render}. */
public final class DocumentsFeature implements Feature {
    private final Lazy<DocumentServices> services;

    /** {@code forms}: every feature's forms, gathered by the root from each feature's {@code forms()}. */
    public DocumentsFeature(Kernel kernel, SettingsFeature settings, Supplier<List<FormSource>> forms) {
        this.services = Lazy.of(() -> new DocumentServices(
                new DocumentRegister(kernel.database(), new DocumentRegisterRepository(kernel.database()),
                        () -> settings.service().letterheadForDocuments().shortCode(), kernel.audit(), kernel.clock()),
                settings.service(), new DocumentWriter(), new DocumentPrinter(), kernel.clock(), kernel.folder().root().resolve("documents"), forms));
    }

    public DocumentServices services() {
        return services.get();
    }

    @Override
    public void prepare() {
        services();
    }

    @Override
    public List<NavigationEntry> pages() {
        return List.of(new NavigationEntry("documents", "page.documents", "mdal-description", ui -> new DocumentsPage(ui, services())));
    }

    @Override
    public List<Command> commands() {
        return List.of(new DocsCommand(this::services));
    }

    /** Documents make no sample records, but a numbered document means the folder holds real work. */
    @Override
    public Optional<SampleStep> sampleData() {
        return Optional.of(SampleStep.of(() -> !services().register().entries().isEmpty(), (size, progress) -> Map.of()));
    }

    @Override
    public List<String> overviewTables() {
        return List.of("document_register");
    }

    @Override
    public List<Measurement> measurements() {
        return List.of(new ReportRenderMeasurement(this::services, DocumentFormat.PDF), new ReportRenderMeasurement(this::services, DocumentFormat.DOCX));
    }
}
