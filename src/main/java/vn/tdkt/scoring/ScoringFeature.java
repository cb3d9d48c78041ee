package vn.tdkt.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.award.NomineeScores;
import vn.tdkt.bench.Measurement;
import vn.tdkt.cli.Command;
import vn.tdkt.core.Lazy;
import vn.tdkt.db.Kernel;
import vn.tdkt.demo.SampleStep;
import vn.tdkt.doc.FormSource;
import vn.tdkt.frame.Feature;
import vn.tdkt.org.OrgFeature;
import vn.tdkt.scoring.ui.GridUpdateMeasurement;
import vn.tdkt.scoring.ui.ScoringPage;
import vn.tdkt.settings.SettingsFeature;
import vn.tdkt.ui.NavigationEntry;

/**
 * Chấm điểm: criteria sets, scoring periods, the scoring grid, rankings, Excel round-trip and the scoring
 * documents. Blocks (khối thi đua) come from the plan feature through {@link BlockDirectory}.
 */
public final class ScoringFeature implements Feature {
    private final Kernel kernel;
    private final OrgFeature org;
    private final Lazy<ScoringServices> services;

    public ScoringFeature(Kernel kernel, SettingsFeature settings, OrgFeature org, BlockDirectory blocks) {
        this.kernel = kernel;
        this.org = org;
        this.services = Lazy.of(() -> {
            CriteriaSetService sets = new CriteriaSetService(kernel.database(), new CriteriaSetRepository(kernel.database()), kernel.audit(), kernel.clock());
            ScoringService scoring = new ScoringService(kernel.database(), new ScoringPeriodRepository(kernel.database()), sets,
                    org.services().units(), org.services().roster(), blocks, kernel.audit(), kernel.clock());
            return new ScoringServices(sets, scoring, new ScoreSheetImporter(scoring), org.services().units(), settings.service(), kernel.clock(),
                    new ScoringForms(scoring, settings.service()));
        });
    }

    public ScoringServices services() {
        return services.get();
    }

    /** The figures the award's báo cáo thành tích cites; reads the folder only when a report is built. */
    public NomineeScores nomineeScores() {
        return new ScoresForReports(() -> services().scoring(), org::services);
    }

    @Override
    public void prepare() {
        services();
    }

    @Override
    public List<NavigationEntry> pages() {
        return List.of(new NavigationEntry("scoring", "page.scoring", "mdal-assessment", ui -> new ScoringPage(ui, services())));
    }

    @Override
    public List<Command> commands() {
        return List.of(new ScoringCommand(this::services));
    }

    @Override
    public List<FormSource> forms() {
        return services().forms().sources();
    }

    @Override
    public Optional<SampleStep> sampleData() {
        return Optional.of(SampleStep.of(() -> !services().sets().latest().isEmpty(), (size, progress) -> {
            SampleScores.Counts counts = new SampleScores(services().sets(), services().scoring(), org.services().units()).create(LocalDate.now(kernel.clock()), progress);
            return Map.of("scoring_period", counts.periods(), "score", counts.scores());
        }));
    }

    @Override
    public List<String> overviewTables() {
        return List.of("scoring_period", "score");
    }

    @Override
    public List<Measurement> measurements() {
        return List.of(new RankingMeasurement(this::services), new GridUpdateMeasurement(), new SheetRoundTripMeasurement(this::services));
    }
}
