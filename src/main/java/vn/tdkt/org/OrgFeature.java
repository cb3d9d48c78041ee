package vn.tdkt.org;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.bench.Measurement;
import vn.tdkt.cli.Command;
import vn.tdkt.core.Lazy;
import vn.tdkt.db.Kernel;
import vn.tdkt.demo.SampleStep;
import vn.tdkt.frame.Feature;
import vn.tdkt.org.ui.RosterPage;
import vn.tdkt.settings.SettingsFeature;
import vn.tdkt.ui.NavigationEntry;

/** Đơn vị & quân số: the unit tree, the roster, Excel import and export. */
public final class OrgFeature implements Feature {
    private final Lazy<OrgServices> services;

    public OrgFeature(Kernel kernel, SettingsFeature settings) {
        this.services = Lazy.of(() -> {
            UnitService units = new UnitService(kernel.database(), new UnitRepository(kernel.database()), kernel.audit());
            PersonRepository people = new PersonRepository(kernel.database());
            ChoiceRepository choices = new ChoiceRepository(kernel.database());
            // Name order rests on stored collation keys: rebuild them when the runtime's collator changed.
            new RosterIndex(kernel.database(), people, choices).ensureCurrent();
            RosterService roster = new RosterService(kernel.database(), people, choices, units, kernel.audit(), kernel.clock());
            RosterImporter importer = new RosterImporter(kernel.database(), units, roster, people, new ColumnMemoryRepository(kernel.database()),
                    kernel.audit(), settings.service()::importRowLimit);
            return new OrgServices(units, roster, importer, settings.service());
        });
    }

    public OrgServices services() {
        return services.get();
    }

    @Override
    public void prepare() {
        services();
    }

    @Override
    public List<NavigationEntry> pages() {
        return List.of(new NavigationEntry("roster", "page.roster", "mdal-groups", ui -> new RosterPage(ui, services(), new RosterExporter(ui.messages()))));
    }

    @Override
    public List<Command> commands() {
        return List.of(new UnitsCommand(this::services), new RosterCommand(this::services));
    }

    @Override
    public Optional<SampleStep> sampleData() {
        return Optional.of(SampleStep.of(() -> !services().units().tree().isEmpty(), (size, progress) -> {
            SampleRoster.Counts counts = new SampleRoster(services().units(), services().roster(), services().settings().letterheadForDocuments()).create(size.people(), progress);
            return Map.of("unit", counts.units(), "person", counts.people());
        }));
    }

    @Override
    public List<String> overviewTables() {
        return List.of("unit", "person");
    }

    @Override
    public List<Measurement> measurements() {
        return List.of(new RosterImportMeasurement(this::services), new RosterSearchMeasurement(this::services),
                new RosterLoadMeasurement(this::services, false), new RosterLoadMeasurement(this::services, true));
    }
}
