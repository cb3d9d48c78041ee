package vn.tdkt.exchange;

import java.util.List;
import java.util.function.Function;
import vn.tdkt.bench.Measurement;
import vn.tdkt.cli.Command;
import vn.tdkt.core.Lazy;
import vn.tdkt.db.Kernel;
import vn.tdkt.exchange.ui.ExchangePage;
import vn.tdkt.exemplar.ExemplarFeature;
import vn.tdkt.exemplar.ExemplarRepository;
import vn.tdkt.frame.Feature;
import vn.tdkt.org.OrgFeature;
import vn.tdkt.org.PersonRepository;
import vn.tdkt.org.UnitRepository;
import vn.tdkt.ui.Page;
import vn.tdkt.ui.UiContext;

/**
 * Trao đổi: signed USB packages between echelons. A new kind of package (dossier, proposal,
 * decisions) is one {@link PackageKind} added to the list below, built from its feature's services.
 */
public final class ExchangeFeature implements Feature {
    private final Kernel kernel;
    private final Lazy<ExchangeService> service;

    public ExchangeFeature(Kernel kernel, OrgFeature org, ExemplarFeature exemplars) {
        this.kernel = kernel;
        this.service = Lazy.of(() -> {
            ExchangeRepository repository = new ExchangeRepository(kernel.database());
            List<PackageKind> kinds = List.of(
                    new SnapshotKind(org.services().units(), org.services().roster(), new UnitRepository(kernel.database()),
                            new PersonRepository(kernel.database()), repository),
                    new DossierKind(exemplars.services(), new ExemplarRepository(kernel.database()), org.services().units(),
                            new UnitRepository(kernel.database()), new PersonRepository(kernel.database()), repository));
            return new ExchangeService(kernel.database(), repository, kernel::installation, kernel.audit(), kernel.clock(),
                    kinds, new PackageCrypto(), kernel.folder().root());
        });
    }

    public ExchangeService service() {
        return service.get();
    }

    @Override
    public void prepare() {
        service();
    }

    @Override
    public List<Function<UiContext, Page>> pages() {
        return List.of(ui -> new ExchangePage(ui, service()));
    }

    @Override
    public List<Command> commands() {
        return List.of(new PackageCommand(this::service));
    }

    @Override
    public List<Measurement> measurements() {
        return List.of(new PackageMeasurement(kernel::installation, false), new PackageMeasurement(kernel::installation, true));
    }

    @Override
    public List<String> overviewTables() {
        return List.of("exchange_received");
    }
}
