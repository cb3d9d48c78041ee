package vn.tdkt.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.tdkt.AppContext;
import vn.tdkt.core.Progress;
import vn.tdkt.org.ImportPreview;
import vn.tdkt.org.ImportResult;
import vn.tdkt.org.ImportSource;
import vn.tdkt.org.Rejection;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.RosterExporter;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.Unit;

/**
 * {@code roster import FILE [--dry-run] [--unit CODE]} and {@code roster export FILE [--unit CODE]}.
 * Import exits 0 when it ran, even with rejected rows, and 1 when no row could be imported.
 */
public final class RosterCommand implements Command {
    @Override
    public String name() {
        return "roster";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of("--unit"), Set.of("--dry-run")).atMostPositional(2);
        String action = args.requirePositional(0, "import|export");
        Path file = Path.of(args.requirePositional(1, "FILE.xlsx"));
        try (AppContext app = context.open()) {
            Unit unit = args.value("--unit").map(code -> app.units().byCode(code)
                    .orElseThrow(() -> new UsageException("cli.roster.unknownUnit", code))).orElse(null);
            return switch (action) {
                case "import" -> importFile(context, app, file, unit, args.flag("--dry-run"));
                case "export" -> export(context, app, file, unit);
                default -> throw new UsageException("cli.error.badValue", "roster", action);
            };
        }
    }

    private static int importFile(CommandContext context, AppContext app, Path file, Unit unit, boolean dryRun) {
        ImportSource source = app.rosterImporter().read(file);
        ImportPreview preview = app.rosterImporter().preview(source, source.suggested(), unit == null ? null : unit.id(), Progress.NONE);
        for (Rejection rejection : preview.rejections()) {
            context.out().println("  " + rejection.describe(context.messages()));
        }
        if (!preview.footerRows().isEmpty()) {
            context.out().println("  " + context.messages().get("roster.import.footer", preview.footerRanges()));
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
            ImportResult result = app.rosterImporter().apply(preview, Progress.NONE);
            context.say("cli.roster.imported", result.added(), result.updated(), result.rejected());
        }
        if (!preview.reviews().isEmpty()) {
            context.say("cli.roster.review", preview.reviews().size());
        }
        return 0;
    }

    private static int export(CommandContext context, AppContext app, Path file, Unit unit) {
        RosterQuery query = unit == null ? RosterQuery.ALL : RosterQuery.ALL.inUnit(unit.id());
        List<RosterEntry> entries = app.roster().search(query);
        new RosterExporter(context.messages()).write(file, entries, Progress.NONE);
        context.say("cli.roster.exported", entries.size(), file.toAbsolutePath());
        return 0;
    }
}
