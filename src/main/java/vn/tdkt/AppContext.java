package vn.tdkt;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.tdkt.award.AwardFeature;
import vn.tdkt.bench.BenchTarget;
import vn.tdkt.bench.Measurement;
import vn.tdkt.cli.Command;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;
import vn.tdkt.core.StartTimes;
import vn.tdkt.db.DataFolder;
import vn.tdkt.db.Kernel;
import vn.tdkt.demo.SampleData;
import vn.tdkt.demo.SampleSize;
import vn.tdkt.doc.FormSource;
import vn.tdkt.documents.DocumentsFeature;
import vn.tdkt.exemplar.ExemplarFeature;
import vn.tdkt.exchange.ExchangeFeature;
import vn.tdkt.frame.Feature;
import vn.tdkt.frame.FrameFeature;
import vn.tdkt.org.OrgFeature;
import vn.tdkt.overview.OverviewFeature;
import vn.tdkt.plan.PlanFeature;
import vn.tdkt.review.ReviewFeature;
import vn.tdkt.scoring.PlanBlocks;
import vn.tdkt.scoring.ScoringFeature;
import vn.tdkt.settings.SettingsFeature;
import vn.tdkt.soak.SoakFeature;
import vn.tdkt.ui.NavigationEntry;
import vn.tdkt.ui.Startup;
import vn.tdkt.ui.Workspace;

/**
 * The root: one data folder and every feature, built once by constructor. Nothing else creates
 * services or knows the list of features; the app, the command line, {@code selftest} and
 * {@code bench} all go through here. The folder is opened on first use (see {@link Kernel}).
 */
public final class AppContext implements Startup, BenchTarget {
    private final Kernel kernel;
    private final boolean demo;
    private final SettingsFeature settings;
    private final OrgFeature org;
    private final DocumentsFeature documents;
    private final PlanFeature plan;
    private final ExemplarFeature exemplars;
    private final ScoringFeature scoring;
    private final ExchangeFeature exchange;
    private final AwardFeature awards;
    private final SampleData samples;
    private final List<Feature> features;

    private AppContext(Kernel kernel, boolean demo) {
        this.kernel = kernel;
        this.demo = demo;
        this.settings = new SettingsFeature(kernel);
        this.org = new OrgFeature(kernel, settings);
        this.plan = new PlanFeature(kernel, org, settings);
        this.documents = new DocumentsFeature(kernel, settings, this::forms);
        this.exemplars = new ExemplarFeature(kernel, org, documents);
        this.scoring = new ScoringFeature(kernel, settings, org, new PlanBlocks(() -> plan.services().blocks()));
        this.awards = new AwardFeature(kernel, settings, org, documents, scoring.nomineeScores(), exemplars.nomineeModel());
        this.exchange = new ExchangeFeature(kernel, org, exemplars, awards, scoring);
        // The unit's work in navigation order; a new feature is one line here.
        List<Feature> work = List.of(org, plan, scoring, exemplars, awards, new ReviewFeature(settings, plan, scoring, exemplars, awards), documents, exchange, settings);
        // The letterhead's sample goes first: the others' documents take their numbers and headers from it.
        this.samples = new SampleData(kernel, Stream.concat(Stream.of(settings), work.stream().filter(f -> f != settings))
                .flatMap(f -> f.sampleData().stream()).toList());
        List<Feature> all = new ArrayList<>();
        all.add(new OverviewFeature(kernel, settings, samples, work.stream().flatMap(f -> f.overviewTables().stream()).toList(),
                work.stream().flatMap(f -> f.watches().stream()).toList()));
        all.add(new FrameFeature(kernel, samples, this, folder -> AppContext.at(folder, kernel.clock())));
        all.addAll(work);
        all.add(new SoakFeature());
        this.features = List.copyOf(all);
    }

    /** The folder with every feature, not yet opened: a command opens it when it first needs a service. */
    public static AppContext at(DataFolder folder, Clock clock) {
        return new AppContext(Kernel.at(folder, clock), false);
    }

    /** As {@link #at}, and when the app opens an empty folder it fills it with the sample regiment. */
    public static AppContext forApp(DataFolder folder, Clock clock, boolean demo) {
        return new AppContext(Kernel.at(folder, clock), demo);
    }

    /** Opens now (instance lock, integrity check, migrations): start-up errors surface here. */
    public static AppContext open(DataFolder folder, Clock clock) {
        AppContext context = at(folder, clock);
        context.kernel.open();
        return context;
    }

    /** Every feature's document forms, in navigation order. */
    public List<FormSource> forms() {
        return features.stream().flatMap(f -> f.forms().stream()).toList();
    }

    public List<Command> commands() {
        return features.stream().flatMap(f -> f.commands().stream()).toList();
    }

    @Override
    public List<Measurement> measurements() {
        return features.stream().flatMap(f -> f.measurements().stream()).toList();
    }

    @Override
    public DataFolder folder() {
        return kernel.folder();
    }

    @Override
    public Workspace open() {
        kernel.open();
        if (demo && samples.isEmpty()) {
            samples.fill(SampleSize.REGIMENT, Progress.NONE);
        }
        return workspace();
    }

    @Override
    public Workspace restoreAndOpen(Path backup) {
        kernel.openRestoring(backup, java.util.Optional.empty());
        return workspace();
    }

    @Override
    public List<NavigationEntry> pages() {
        return features.stream().flatMap(f -> f.pages().stream()).toList();
    }

    @Override
    public void lock() {
        kernel.lock();
    }

    private Workspace workspace() {
        features.forEach(Feature::prepare);
        Workspace workspace = new Workspace(kernel, messages(), settings.service().darkTheme(), settings.service().letterhead().unitName(), pages());
        StartTimes.reached("workspace");
        return workspace;
    }

    @Override
    public Kernel kernel() {
        return kernel;
    }

    @Override
    public SampleData sampleData() {
        return samples;
    }

    public vn.tdkt.plan.PlanServices plan() {
        return plan.services();
    }

    /** The user's chosen language. */
    public Messages messages() {
        return new Messages(settings.service().language());
    }

    // The root's view for tests that drive a real data folder end to end; main code gets services by constructor.

    public vn.tdkt.db.Database database() {
        return kernel.database();
    }

    public Clock clock() {
        return kernel.clock();
    }

    public vn.tdkt.db.AuditTrail audit() {
        return kernel.audit();
    }

    public vn.tdkt.db.Installation installation() {
        return kernel.installation();
    }

    public vn.tdkt.db.Backups backups() {
        return kernel.backups();
    }

    public vn.tdkt.settings.SettingsService settings() {
        return settings.service();
    }

    public vn.tdkt.settings.LegalRegister legalRegister() {
        return settings.legalRegister();
    }

    public vn.tdkt.award.DossierService dossiers() {
        return awards.dossiers();
    }

    public vn.tdkt.org.OrgServices org() {
        return org.services();
    }

    public vn.tdkt.org.UnitService units() {
        return org.services().units();
    }

    public vn.tdkt.org.RosterService roster() {
        return org.services().roster();
    }

    public vn.tdkt.org.RosterImporter rosterImporter() {
        return org.services().importer();
    }

    public vn.tdkt.documents.DocumentServices documentServices() {
        return documents.services();
    }

    public vn.tdkt.exemplar.ExemplarServices exemplars() {
        return exemplars.services();
    }

    public vn.tdkt.scoring.ScoringServices scoring() {
        return scoring.services();
    }

    /** The sổ văn bản: document numbers. */
    public vn.tdkt.doc.DocumentRegister documents() {
        return documents.services().register();
    }

    public vn.tdkt.exchange.ExchangeService exchange() {
        return exchange.service();
    }

    public vn.tdkt.exchange.EchelonLists echelonLists() {
        return exchange.lists();
    }

    @Override
    public void close() {
        kernel.close();
    }
}
