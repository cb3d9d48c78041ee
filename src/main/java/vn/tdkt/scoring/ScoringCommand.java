package vn.tdkt.scoring;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.settings.Letterhead;

/**
 * {@code scoring periods | sets | export --period ID FILE.xlsx [--per-unit] | import FILE.xlsx [--dry-run] | ranking --period ID |
 * report --period ID --out DIR}. Import exits 0 when it ran, even with refused cells, and 1 when nothing could be taken.
 */
public final class ScoringCommand implements Command {
    private final Supplier<ScoringServices> services;

    ScoringCommand(Supplier<ScoringServices> services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "scoring";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of("--period", "--out"), Set.of("--dry-run")).atMostPositional(2);
        String action = args.requirePositional(0, "periods|sets|export|import|ranking|report");
        return switch (action) {
            case "periods" -> periods(context);
            case "sets" -> sets(context);
            case "export" -> export(context, period(args), Path.of(args.requirePositional(1, "FILE.xlsx")),
                    args.flag("--per-unit") ? ScoreWorkbook.Layout.PER_MEMBER : ScoreWorkbook.Layout.GRID);
            case "import" -> importFile(context, Path.of(args.requirePositional(1, "FILE.xlsx")), args.flag("--dry-run"));
            case "ranking" -> ranking(context, period(args));
            case "report" -> report(context, period(args), Path.of(args.value("--out")
                    .orElseThrow(() -> new UsageException("cli.error.missingArgument", "--out"))));
            default -> throw new UsageException("cli.error.badValue", "scoring", action);
        };
    }

    private static String period(Args args) {
        return args.value("--period").orElseThrow(() -> new UsageException("cli.error.missingArgument", "--period"));
    }

    private int periods(CommandContext context) {
        for (ScoringPeriod p : services.get().scoring().periods()) {
            context.out().println(p.id() + "  " + p.title() + (p.locked() ? "  [" + context.messages().get("scoring.locked") + "]" : ""));
        }
        return 0;
    }

    /** The newest version of each criteria set: its name, version, criteria count and base maximum. */
    private int sets(CommandContext context) {
        for (CriteriaSet set : services.get().sets().latest()) {
            context.say("cli.scoring.set", set.name(), set.version(), set.criteria().size(), Scores.format(set.maxBase()));
        }
        return 0;
    }

    private int export(CommandContext context, String periodId, Path file, ScoreWorkbook.Layout layout) {
        ScoreSheet sheet = services.get().scoring().sheet(periodId);
        ScoreWorkbook.write(file, sheet, layout);
        context.say("cli.scoring.exported", sheet.period().title(), sheet.members().size(), file.toAbsolutePath());
        return 0;
    }

    private int importFile(CommandContext context, Path file, boolean dryRun) {
        ScoreSheetImporter importer = services.get().importer();
        SheetImport preview = importer.preview(file);
        for (SheetImport.Refused refused : preview.refused()) {
            context.out().println("  " + refused.place() + ": " + refused.problem().describe(context.messages()));
        }
        for (SheetImport.Difference d : preview.differences()) {
            context.out().println("  " + d.member().code() + " · " + d.criterion().code() + ": "
                    + (d.before() == null ? "—" : Scores.format(d.before())) + " → " + (d.after() == null ? "—" : Scores.format(d.after())));
        }
        if (preview.nothingToImport()) {
            context.say("cli.scoring.nothing", preview.refused().size());
            return 1;
        }
        if (dryRun) {
            context.say("cli.scoring.dryRun", preview.differences().size(), preview.refused().size());
            return 0;
        }
        int written = importer.apply(preview);
        context.say("cli.scoring.imported", written, preview.refused().size());
        return 0;
    }

    private int ranking(CommandContext context, String periodId) {
        List<Standing> standings = services.get().scoring().ranking(periodId);
        for (Standing s : standings) {
            context.out().printf("%3d  %-24s %8s  %s%n", s.rank(), s.member().name(), Scores.format(s.totals().total()), s.band());
        }
        return 0;
    }

    private int report(CommandContext context, String periodId, Path out) {
        ScoringServices scoring = services.get();
        ScoreSheet sheet = scoring.scoring().sheet(periodId);
        List<Standing> standings = scoring.scoring().ranking(periodId);
        Letterhead letterhead = scoring.settings().letterheadForDocuments();
        LocalDate today = LocalDate.now(scoring.clock());
        DocumentWriter writer = new DocumentWriter();
        String stem = vn.tdkt.core.VietnameseText.fileSafe(sheet.period().title());
        for (DocumentFormat format : DocumentFormat.values()) {
            context.say("docs.written", writer.write(ScoringDocuments.ranking(letterhead, sheet, standings, today), format, out, "Bang-xep-hang-" + stem));
            context.say("docs.written", writer.write(ScoringDocuments.summary(letterhead, sheet, standings, today), format, out, "Bang-tong-hop-diem-" + stem));
            context.say("docs.written", writer.write(scoring.forms().scoreSheet(periodId), format, out, "Bang-cham-diem-" + stem));
            context.say("docs.written", writer.write(scoring.forms().report(periodId), format, out, "Bao-cao-ket-qua-cham-diem-" + stem));
        }
        return 0;
    }
}
