package vn.tdkt.plan;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;
import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;
import vn.tdkt.core.Progress;
import vn.tdkt.org.Rejection;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.Unit;

/**
 * {@code registrations export FILE.xlsx --year Y [--unit CODE]} and {@code registrations import FILE.xlsx [--dry-run]}.
 * Import exits 0 when it ran, even with rejected rows, and 1 when every row with a registration was refused.
 */
public final class RegistrationsCommand implements Command {
    private final Supplier<PlanServices> services;

    RegistrationsCommand(Supplier<PlanServices> services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "registrations";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of("--year", "--unit"), Set.of("--dry-run")).atMostPositional(2);
        String action = args.requirePositional(0, "import|export");
        Path file = Path.of(args.requirePositional(1, "FILE.xlsx"));
        return switch (action) {
            case "export" -> export(context, services.get(), file, args);
            case "import" -> importFile(context, services.get(), file, args.flag("--dry-run"));
            default -> throw new UsageException("cli.error.badValue", "registrations", action);
        };
    }

    private static int export(CommandContext context, PlanServices app, Path file, Args args) {
        int year = PlanCommand.year(args.value("--year").orElseThrow(() -> new UsageException("cli.error.missingArgument", "--year")));
        Unit unit = args.value("--unit").map(code -> app.units().byCode(code)
                .orElseThrow(() -> new UsageException("cli.roster.unknownUnit", code))).orElse(null);
        var people = app.roster().search(unit == null ? RosterQuery.ALL : RosterQuery.ALL.inUnit(unit.id()));
        int rows = new RegistrationExporter(app.registrations(), context.messages())
                .write(file, year, unit == null ? null : unit.id(), people, Progress.NONE);
        context.say("cli.registrations.exported", rows, file.toAbsolutePath());
        return 0;
    }

    private static int importFile(CommandContext context, PlanServices app, Path file, boolean dryRun) {
        RegistrationImporter importer = new RegistrationImporter(app.registrations(), app.roster(), app.settings().importRowLimit());
        RegistrationImport preview = importer.preview(file, Progress.NONE);
        for (Rejection rejection : preview.rejections()) {
            context.out().println("  " + rejection.describe(context.messages()));
        }
        if (preview.allRefused()) {
            context.say("cli.registrations.nothing", preview.rejections().size());
            return 1;
        }
        if (!dryRun) {
            importer.apply(preview);
        }
        context.say(dryRun ? "cli.registrations.dryRun" : "cli.registrations.imported", preview.additions(), preview.updates(),
                preview.unchanged(), preview.blankRows(), preview.rejections().size());
        return 0;
    }
}
