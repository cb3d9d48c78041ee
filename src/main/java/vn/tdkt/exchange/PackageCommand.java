package vn.tdkt.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Progress;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.exemplar.Stage;
import vn.tdkt.scoring.Scores;

/**
 * {@code package export|verify|import|list|subjects|titles|models|ranking [--period P]|documents ID [--save NAME --out FILE]}. Verify prints every check passed and the verdict and
 * exits 0 only for a valid package; import of a first package from an installation needs
 * {@code --trust-fingerprint} equal to the fingerprint the sender reads on its own Tổng quan.
 */
public final class PackageCommand implements Command {
    private final Supplier<ExchangeService> service;
    private final Supplier<EchelonLists> lists;

    PackageCommand(Supplier<ExchangeService> service, Supplier<EchelonLists> lists) {
        this.service = service;
        this.lists = lists;
    }

    @Override
    public String name() {
        return "package";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of("--kind", "--subject", "--out", "--password-file", "--trust-fingerprint", "--period", "--save"),
                Set.of()).atMostPositional(2);
        String action = args.requirePositional(0, "export|verify|import|list|subjects|titles|models|ranking|documents");
        return switch (action) {
            case "export" -> export(context, args);
            case "verify" -> verify(context, args);
            case "import" -> importPackage(context, args);
            case "list" -> list(context);
            case "subjects" -> subjects(context, args);
            case "titles" -> titles(context);
            case "models" -> models(context, args);
            case "ranking" -> ranking(context, args);
            case "documents" -> documents(context, args);
            default -> throw new UsageException("cli.error.badValue", "package", action);
        };
    }

    private int export(CommandContext context, Args args) {
        String kind = args.value("--kind").orElseThrow(() -> new UsageException("cli.error.missingValue", "--kind"));
        String subject = args.value("--subject").orElseThrow(() -> new UsageException("cli.error.missingValue", "--subject"));
        Path out = Path.of(args.value("--out").orElseThrow(() -> new UsageException("cli.error.missingValue", "--out")));
        ExchangeService.Exported done = service.get().export(kind, subject, out, password(args), context.messages(), Progress.NONE);
        if (done.unprotectedPersonalData()) {
            context.err().println(context.messages().get("exchange.warning.noPassword"));
        }
        context.say("cli.package.exported", done.file().toAbsolutePath(), done.manifest().sequence(), done.bytes());
        return 0;
    }

    private int verify(CommandContext context, Args args) {
        Path file = Path.of(args.requirePositional(1, "FILE.tdkt"));
        List<Check> checks = new ArrayList<>();
        try {
            ExchangeService.Verified verified = service.get().verify(file, password(args), checks);
            checks.forEach(c -> context.out().println("  ✓ " + context.messages().get(c.key(), c.args())));
            context.say("cli.package.valid", verified.manifest().unit().name(), verified.manifest().kind(), verified.fingerprint());
            return 0;
        } catch (AppException failure) {
            checks.forEach(c -> context.out().println("  ✓ " + context.messages().get(c.key(), c.args())));
            context.out().println("  ✗ " + context.messages().describe(failure));
            context.say("cli.package.invalid");
            return 1;
        }
    }

    private int importPackage(CommandContext context, Args args) {
        Path file = Path.of(args.requirePositional(1, "FILE.tdkt"));
        ExchangeService.Imported result = service.get().importPackage(file, password(args),
                args.value("--trust-fingerprint").orElse(null), Progress.NONE);
        String unit = result.manifest().unit().name();
        switch (result.outcome()) {
            case IMPORTED -> context.say("cli.package.imported", unit, result.manifest().sequence());
            case REPLACED -> context.say("cli.package.replaced", unit, result.manifest().sequence());
            case ALREADY_IMPORTED -> context.say("cli.package.already", unit, result.manifest().sequence());
        }
        return 0;
    }

    private int list(CommandContext context) {
        for (ReceivedPackage p : service.get().received()) {
            context.out().println(String.join("  ", p.id(), p.unitCode(), p.unitName(), p.kind(), "#" + p.sequence(),
                    VietnameseDates.moment(p.createdAt()), p.fingerprint(),
                    context.messages().get("exchange.status." + p.status()), p.summary().toString()));
        }
        return 0;
    }

    /**
     * The documents a received package (its id, as {@code list} prints it) carried; with {@code --save NAME --out FILE},
     * a copy of one of them written to FILE.
     */
    private int documents(CommandContext context, Args args) {
        String packageId = args.requirePositional(1, "ID");
        List<ReceivedDocument> documents = service.get().receivedDocuments(packageId);
        Optional<String> save = args.value("--save");
        if (save.isPresent()) {
            Path out = Path.of(args.value("--out").orElseThrow(() -> new UsageException("cli.error.missingValue", "--out")));
            String name = VietnameseText.nfc(save.get());
            ReceivedDocument document = documents.stream().filter(d -> d.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AppException("exchange.documents.error.unknown", name));
            service.get().saveReceivedDocument(document, out);
            context.say("docs.written", out.toAbsolutePath());
            return 0;
        }
        if (documents.isEmpty()) {
            context.say("exchange.documents.none");
        }
        for (ReceivedDocument d : documents) {
            context.out().println(d.kept() ? context.messages().get("cli.package.document", d.name(), d.format(), VietnameseNumbers.grouped(d.kilobytes()))
                    : context.messages().get("cli.package.documentNotKept", d.name(), d.format(), VietnameseNumbers.grouped(d.kilobytes())));
        }
        return 0;
    }

    /** What can be sent as a package of one kind: its SUBJECT for --subject, then its name. */
    private int subjects(CommandContext context, Args args) {
        String kind = args.requirePositional(1, String.join("|", service.get().kinds()));
        service.get().subjects(kind).forEach(s -> context.out().println(s.code() + "  " + s.name()));
        return 0;
    }

    private int titles(CommandContext context) {
        service.get().proposedTitles().forEach(t -> context.say("cli.package.title", t.unit(), t.title(), t.nominees()));
        return 0;
    }

    /** The ĐHTT models of own and received units by stage, each received one with where and when it came from. */
    private int models(CommandContext context, Args args) {
        List<EchelonLists.ModelLine> models = lists.get().models();
        Optional<String> out = args.value("--out");
        if (out.isPresent()) {
            new EchelonListFiles(context.messages()).writeModels(Path.of(out.get()), models);
            context.say("docs.written", Path.of(out.get()).toAbsolutePath());
            return 0;
        }
        Stage stage = null;
        for (EchelonLists.ModelLine m : models) {
            if (m.stage() != stage) {
                stage = m.stage();
                context.out().println(context.messages().get(stage.messageKey()));
            }
            context.out().println(m.from().isPresent()
                    ? context.messages().get("cli.package.modelReceived", m.subjectName(), m.unitName(), m.field(), m.from().get(),
                            VietnameseDates.moment(m.receivedAt().orElseThrow()))
                    : context.messages().get("cli.package.modelOwn", m.subjectName(), m.unitName(), m.field()));
        }
        return 0;
    }

    /**
     * The units of every block scored for the period, own and received, ranked together per criteria set;
     * without {@code --period}, the periods there are scores for.
     */
    private int ranking(CommandContext context, Args args) {
        Optional<String> text = args.value("--period");
        if (text.isEmpty()) {
            context.say("cli.package.rankingPeriods", lists.get().periods().stream().map(PeriodKey::code).collect(Collectors.joining(", ")));
            return 0;
        }
        PeriodKey period = PeriodKey.parse(text.get()).orElseThrow(() -> new UsageException("cli.error.badValue", "--period", text.get()));
        List<EchelonLists.RankingGroup> groups = lists.get().ranking(period);
        if (groups.isEmpty()) {
            throw new AppException("exchange.error.noScores", period.label());
        }
        if (groups.size() > 1) {
            context.say("exchange.ranking.setsDiffer", period.label(), groups.size());
        }
        Optional<String> out = args.value("--out");
        if (out.isPresent()) {
            new EchelonListFiles(context.messages()).writeRanking(Path.of(out.get()), period, groups);
            context.say("docs.written", Path.of(out.get()).toAbsolutePath());
            return 0;
        }
        for (EchelonLists.RankingGroup group : groups) {
            context.say("cli.package.rankingGroup", String.join("; ", group.sets()), String.join("; ", group.blocks()));
            for (EchelonLists.RankedUnit u : group.units()) {
                context.out().println(context.messages().get("cli.package.rankingLine", u.rank(), u.unitName(), Scores.format(u.total()),
                        u.block()));
            }
        }
        return 0;
    }

    /** The first line of the password file, NFC: a password typed on another machine must match. */
    private static char[] password(Args args) {
        return args.value("--password-file").map(f -> {
            try {
                List<String> lines = Files.readAllLines(Path.of(f), StandardCharsets.UTF_8);
                String line = lines.isEmpty() ? "" : VietnameseText.nfc(lines.get(0)).strip();
                if (line.isEmpty()) {
                    throw new AppException("exchange.error.emptyPassword", f);
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new AppException(e, "exchange.error.read", f, e.getMessage());
            }
        }).orElse(null);
    }
}
