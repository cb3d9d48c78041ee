package vn.tdkt.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.cli.Command;
import vn.tdkt.core.Lazy;
import vn.tdkt.db.Kernel;
import vn.tdkt.demo.SampleStep;
import vn.tdkt.doc.FormSource;
import vn.tdkt.frame.Feature;
import vn.tdkt.org.OrgFeature;
import vn.tdkt.plan.ui.PlanPage;
import vn.tdkt.settings.SettingsFeature;
import vn.tdkt.ui.NavigationEntry;

/** Kế hoạch thi đua: year plans in programmes, movements and phases, targets, blocks, registrations and pledges. */
public final class PlanFeature implements Feature {
    private final Lazy<PlanServices> services;

    public PlanFeature(Kernel kernel, OrgFeature org, SettingsFeature settings) {
        this.services = Lazy.of(() -> new PlanServices(kernel.database(), org.services().units(), org.services().roster(),
                settings.service(), kernel.audit(), kernel.clock()));
    }

    public PlanServices services() {
        return services.get();
    }

    @Override
    public void prepare() {
        services();
    }

    @Override
    public List<NavigationEntry> pages() {
        return List.of(new NavigationEntry("plan", "page.plan", "mdal-assignment", ui -> new PlanPage(ui, services())));
    }

    @Override
    public List<Command> commands() {
        return List.of(new PlanCommand(this::services), new RegistrationsCommand(this::services));
    }

    @Override
    public List<FormSource> forms() {
        return services().documents().forms();
    }

    @Override
    public Optional<SampleStep> sampleData() {
        return Optional.of(SampleStep.of(() -> !services().plans().plans().isEmpty(), (size, progress) -> {
            SamplePlan.Counts plan = new SamplePlan(services(), services().units(), services().roster()).create(progress);
            return Map.of("plan", 1, "target", plan.targets(), "block", plan.blocks(),
                    "registration", plan.registrations(), "pledge", plan.pledges());
        }));
    }

    @Override
    public List<String> overviewTables() {
        return List.of("emulation_plan", "plan_target", "registration");
    }
}
