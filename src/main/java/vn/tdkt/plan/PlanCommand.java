package vn.tdkt.plan;

import java.util.Set;
import java.util.function.Supplier;
import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;
import vn.tdkt.core.VietnameseDates;

/** {@code plan list}, {@code plan show YEAR}, {@code plan copy-year FROM TO}. */
public final class PlanCommand implements Command {
    private final Supplier<PlanServices> services;

    PlanCommand(Supplier<PlanServices> services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of(), Set.of()).atMostPositional(3);
        String action = args.requirePositional(0, "list|show|copy-year");
        switch (action) {
            case "list" -> list(context, services.get());
            case "show" -> show(context, services.get(), year(args.requirePositional(1, "YEAR")));
            case "copy-year" -> {
                Plan copy = services.get().plans().copyYear(year(args.requirePositional(1, "FROM")), year(args.requirePositional(2, "TO")));
                context.say("cli.plan.copied", copy.year(), copy.title());
            }
            default -> throw new UsageException("cli.error.badValue", "plan", action);
        }
        return 0;
    }

    private static void list(CommandContext context, PlanServices app) {
        PlanService plans = app.plans();
        if (plans.plans().isEmpty()) {
            context.say("cli.plan.none");
            return;
        }
        for (Plan plan : plans.plans()) {
            String programme = plans.programmes().stream().filter(p -> p.id().equals(plan.programmeId())).map(Programme::name)
                    .findFirst().orElse("");
            Coverage coverage = app.registrations().overall(plan.year());
            context.say("cli.plan.line", plan.year(), plan.title(), programme.isEmpty() ? "" : " (" + programme + ")",
                    plans.movements(plan.id()).size(), plans.targetViews(plan.id(), plans.today()).size(), coverage.registered(), coverage.people(),
                    app.blocks().blocksOf(plan.year()).size(), app.pledges().ofYear(plan.year()).size());
        }
    }

    private static void show(CommandContext context, PlanServices app, int year) {
        PlanService plans = app.plans();
        Plan plan = plans.planOfYear(year).orElseThrow(() -> new vn.tdkt.core.AppException("plan.error.noPlan", year));
        context.out().println(plan.year() + "  " + plan.title());
        for (Movement m : plans.movements(plan.id())) {
            context.out().println("  " + VietnameseDates.shortForm(m.start()) + " – " + VietnameseDates.shortForm(m.end()) + "  "
                    + context.messages().get(m.kind().messageKey()) + ": " + m.name());
        }
        for (TargetView t : plans.targetViews(plan.id(), plans.today())) {
            context.out().println("  [" + context.messages().get(t.status().messageKey()) + "] " + t.target().text()
                    + (t.unitName() == null ? "" : " — " + t.unitName()));
        }
    }

    static int year(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UsageException("cli.error.badValue", "YEAR", text);
        }
    }
}
