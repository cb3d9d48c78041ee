package vn.tdkt.cli;

import java.util.Set;
import vn.tdkt.AppContext;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.plan.Coverage;
import vn.tdkt.plan.Movement;
import vn.tdkt.plan.Plan;
import vn.tdkt.plan.PlanService;
import vn.tdkt.plan.Programme;
import vn.tdkt.plan.TargetView;

/** {@code plan list}, {@code plan show YEAR}, {@code plan copy-year FROM TO}. */
public final class PlanCommand implements Command {
    @Override
    public String name() {
        return "plan";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of(), Set.of()).atMostPositional(3);
        String action = args.requirePositional(0, "list|show|copy-year");
        try (AppContext app = context.open()) {
            PlanService plans = app.plan().plans();
            switch (action) {
                case "list" -> list(context, app);
                case "show" -> show(context, app, year(args.requirePositional(1, "YEAR")));
                case "copy-year" -> {
                    Plan copy = plans.copyYear(year(args.requirePositional(1, "FROM")), year(args.requirePositional(2, "TO")));
                    context.say("cli.plan.copied", copy.year(), copy.title());
                }
                default -> throw new UsageException("cli.error.badValue", "plan", action);
            }
            return 0;
        }
    }

    private static void list(CommandContext context, AppContext app) {
        PlanService plans = app.plan().plans();
        if (plans.plans().isEmpty()) {
            context.say("cli.plan.none");
            return;
        }
        for (Plan plan : plans.plans()) {
            String programme = plans.programmes().stream().filter(p -> p.id().equals(plan.programmeId())).map(Programme::name)
                    .findFirst().orElse("");
            Coverage coverage = app.plan().registrations().overall(plan.year());
            context.say("cli.plan.line", plan.year(), plan.title(), programme.isEmpty() ? "" : " (" + programme + ")",
                    plans.movements(plan.id()).size(), plans.targetViews(plan.id(), plans.today()).size(), coverage.registered(), coverage.people(),
                    app.plan().blocks().blocksOf(plan.year()).size(), app.plan().pledges().ofYear(plan.year()).size());
        }
    }

    private static void show(CommandContext context, AppContext app, int year) {
        PlanService plans = app.plan().plans();
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
