package vn.tdkt.org;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;
import vn.tdkt.core.Progress;

/**
 * {@code roster import FILE [--dry-run] [--unit CODE]} and {@code roster export FILE [--unit CODE]}.
 * Import exits 0 when it ran, even with rejected rows, and 1 when no row could be imported.
 */
public final class RosterCommand implements Command {
    private final Supplier<OrgServices> services;

    RosterCommand(Supplier<OrgServices> services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "roster";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of("--unit"), Set.of("--dry-run")).atMostPositional(2);
        String action = args.requirePositional(0, "import|export");
        if (!action.equals("import") && !action.equals("export")) {
            throw new UsageException("cli.error.badValue", "roster", action);
        }
        Path file = Path.of(args.requirePositional(1, "FILE.xlsx"));
        if (action.equals("import") && !java.nio.file.Files.isRegularFile(file)) {
            throw new UsageException("roster.import.error.missing", file);
        }
        OrgServices org = services.get();
        Unit unit = args.value("--unit").map(code -> org.units().byCode(code)
                .orElseThrow(() -> new UsageException("cli.roster.unknownUnit", code))).orElse(null);
        return action.equals("import")
                ? importFile(context, org, file, unit, args.flag("--dry-run"))
                : export(context, org, file, unit);
    }

    private static int importFile(CommandContext context, OrgServices app, Path file, Unit unit, boolean dryRun) {
        ImportSource source = app.importer().read(file);
        ImportPreview preview = app.importer().preview(source, source.suggested(), unit == null ? null : unit.id(), Progress.NONE);
        for (Rejection rejection : preview.rejections()) {
            context.out().println("  " + rejection.describe(context.messages()));
        }
        if (!preview.footerRows().isEmpty()) {
            context.out().println("  " + context.messages().get("roster.import.footer", preview.footerRanges()));
        }
        if (!preview.headingRows().isEmpty()) {
            context.out().println("  " + context.messages().get("roster.import.headings", preview.headingRanges()));
        }
        // The command line cannot ask who a doubtful row is: it names them and writes nothing for them.
        for (ImportPreview.ReviewRow review : preview.reviews()) {
            context.out().println("  " + context.messages().get("cli.roster.reviewRow", review.row().row(), review.row().details().fullName(),
                    context.messages().get(review.reasonKey()), review.candidates().stream()
                            .map(c -> c.fullName() + " (" + c.unitName() + ")").collect(java.util.stream.Collectors.joining("; "))));
        }
        if (preview.nothingToImport()) {
            context.say("cli.roster.nothing", preview.rejections().size());
            return 1;
        }
        if (dryRun) {
            context.say("cli.roster.dryRun", preview.additions().size(), preview.updates().size(), preview.rejections().size());
        } else {
            ImportResult result = app.importer().apply(preview, Progress.NONE);
            context.say("cli.roster.imported", result.added(), result.updated(), result.rejected());
        }
        if (!preview.reviews().isEmpty()) {
            context.say("cli.roster.review", preview.reviews().size());
        }
        return 0;
    }

    private static int export(CommandContext context, OrgServices app, Path file, Unit unit) {
        RosterQuery query = unit == null ? RosterQuery.ALL : RosterQuery.ALL.inUnit(unit.id());
        List<RosterEntry> entries = app.roster().search(query);
        new RosterExporter(context.messages()).write(file, entries, Progress.NONE);
        context.say("cli.roster.exported", entries.size(), file.toAbsolutePath());
        return 0;
    }
}
