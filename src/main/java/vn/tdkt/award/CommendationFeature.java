package vn.tdkt.award;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.tdkt.award.ui.CommendationPage;
import vn.tdkt.bench.Measurement;
import vn.tdkt.cli.Command;
import vn.tdkt.core.Lazy;
import vn.tdkt.db.Kernel;
import vn.tdkt.demo.SampleStep;
import vn.tdkt.frame.Feature;
import vn.tdkt.org.OrgFeature;
import vn.tdkt.ui.Page;
import vn.tdkt.ui.UiContext;

/**
 * Khen thưởng, the part before the council: rule sets, the year's classification, initiatives, discipline and
 * award history, and who qualifies for which title with the reasons. (The dossier chain from the council on is
 * the award port's {@code AwardFeature} in this package.)
 */
public final class CommendationFeature implements Feature {
    private final Lazy<CommendationServices> services;
    private final OrgFeature org;

    public CommendationFeature(Kernel kernel, OrgFeature org) {
        this.org = org;
        this.services = Lazy.of(() -> {
            RuleSetService ruleSets = new RuleSetService(kernel.database(), new RuleSetRepository(kernel.database()), kernel.audit(),
                    kernel.clock());
            AwardRecordRepository records = new AwardRecordRepository(kernel.database());
            return new CommendationServices(ruleSets, new AwardRecordService(kernel.database(), records, kernel.audit()),
                    new EligibilityService(records, ruleSets, org.services().units(), org.services().roster()));
        });
    }

    public CommendationServices services() {
        return services.get();
    }

    private HistoryImporter importer() {
        return new HistoryImporter(services().records(), services().ruleSets(), org.services().roster());
    }

    @Override
    public void prepare() {
        services();
    }

    @Override
    public List<Function<UiContext, Page>> pages() {
        return List.of(ui -> new CommendationPage(ui, services(), org.services().units(), org.services().roster()));
    }

    @Override
    public List<Command> commands() {
        return List.of(new EligibilityCommand(this::services, org::services), new CouncilCommand(this::services),
                new AwardsCommand(this::services, org::services), new HistoryCommand(this::importer));
    }

    @Override
    public Optional<SampleStep> sampleData() {
        return Optional.of(SampleStep.of(() -> services().records().any(),
                (size, progress) -> new SampleAwardRecords(services().records(), org.services().units(), org.services().roster()).create(progress)));
    }

    @Override
    public List<String> overviewTables() {
        return List.of("award_initiative", "award_history");
    }

    @Override
    public List<Measurement> measurements() {
        return List.of(new EligibilityMeasurement(this::services));
    }
}
