package vn.tdkt.exemplar;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;

/**
 * {@code exemplars list [--stage STAGE] [--stalled]}, {@code exemplars dossier ID --out FILE.pdf},
 * {@code exemplars attach ID FILE [--caption TEXT]}: scripted intake and output of the ĐHTT records.
 */
final class ExemplarsCommand implements Command {
    private final Supplier<ExemplarServices> services;

    ExemplarsCommand(Supplier<ExemplarServices> services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "exemplars";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of("--stage", "--out", "--caption"), Set.of("--stalled")).atMostPositional(3);
        String action = args.requirePositional(0, "list|dossier|attach");
        return switch (action) {
            case "list" -> list(context, args);
            case "dossier" -> dossier(context, args);
            case "attach" -> attach(context, args);
            default -> throw new UsageException("cli.error.badValue", "exemplars", action);
        };
    }

    private int list(CommandContext context, Args args) {
        Stage stage = args.value("--stage").map(text -> Stage.parse(text)
                .orElseThrow(() -> new UsageException("cli.error.badValue", "--stage", text))).orElse(null);
        List<Card> cards = services.get().exemplars().cards().stream()
                .filter(c -> stage == null || c.stage() == stage)
                .filter(c -> !args.flag("--stalled") || c.stalled())
                .toList();
        for (Card c : cards) {
            StringBuilder flags = new StringBuilder();
            if (c.overdueMilestones() > 0) {
                flags.append(' ').append(context.messages().get("cli.exemplars.overdue", c.overdueMilestones()));
            }
            if (c.stalledForChecks()) {
                flags.append(' ').append(context.messages().get("cli.exemplars.noCheck"));
            }
            if (c.ready()) {
                flags.append(' ').append(context.messages().get("cli.exemplars.ready"));
            }
            context.out().println(c.id() + "  " + c.stage().name().toLowerCase(java.util.Locale.ROOT) + "  " + c.subjectName()
                    + " — " + c.unitName() + " — " + c.field() + flags);
        }
        context.say("cli.exemplars.count", cards.size());
        return 0;
    }

    private int dossier(CommandContext context, Args args) {
        String id = args.requirePositional(1, "ID");
        Path out = Path.of(args.value("--out").orElseThrow(() -> new UsageException("cli.error.missingArgument", "--out")));
        services.get().documents().writeDossierPdf(id, out);
        context.say("docs.written", out.toAbsolutePath());
        return 0;
    }

    private int attach(CommandContext context, Args args) {
        String id = args.requirePositional(1, "ID");
        Path file = Path.of(args.requirePositional(2, "FILE"));
        Evidence evidence = services.get().exemplars().attach(id, file, args.value("--caption").orElse(null), null);
        context.say("cli.exemplars.attached", evidence.fileName(), evidence.sha256());
        return 0;
    }
}
