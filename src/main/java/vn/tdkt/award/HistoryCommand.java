package vn.tdkt.award;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;
import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;
import vn.tdkt.org.Rejection;

/**
 * {@code history import FILE.xlsx [--dry-run]}: a unit's old award records and classifications, of its people and of
 * itself and its sub-units, and its register of initiatives, with the refused rows and why.
 */
final class HistoryCommand implements Command {
    private final Supplier<HistoryImporter> importer;

    HistoryCommand(Supplier<HistoryImporter> importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        return "history";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of(), Set.of("--dry-run")).atMostPositional(2);
        if (!args.requirePositional(0, "import").equals("import")) {
            throw new UsageException("cli.error.badValue", "history", args.positional().getFirst());
        }
        Path file = Path.of(args.requirePositional(1, "FILE.xlsx"));
        HistoryImport preview = importer.get().preview(file);
        for (Rejection r : preview.rejected()) {
            context.out().println(r.describe(context.messages()));
        }
        String counts = context.messages().get("cli.history.counts", preview.awards().size(), preview.grades().size(), preview.unitLines(),
                preview.initiatives().size());
        if (args.flag("--dry-run")) {
            context.say("cli.history.dryRun", preview.rowsToImport(), preview.rejected().size(), counts);
        } else {
            context.say("cli.history.imported", importer.get().apply(preview), preview.rejected().size(), counts);
        }
        return 0;
    }
}
