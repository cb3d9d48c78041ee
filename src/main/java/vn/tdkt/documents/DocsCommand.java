package vn.tdkt.documents;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;
import vn.tdkt.doc.Contradiction;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.FormSource;

/**
 * {@code docs render --out DIR}: writes every feature's forms as .docx and .pdf, each filled from every record
 * of the data folder it can be filled from, one line per file; a form with no record yet gets a line saying
 * what is missing. {@code docs check}: names every contradiction in the data folder's documents; exit 1 when
 * there is one.
 */
public final class DocsCommand implements Command {
    private final Supplier<DocumentServices> services;

    DocsCommand(Supplier<DocumentServices> services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "docs";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of("--out"), Set.of()).atMostPositional(1);
        String action = args.requirePositional(0, "render|check");
        return switch (action) {
            case "render" -> render(context, Path.of(args.value("--out").orElseThrow(() -> new UsageException("cli.error.missingArgument", "--out"))));
            case "check" -> check(context);
            default -> throw new UsageException("cli.error.unknownCommand", "docs " + action);
        };
    }

    private int render(CommandContext context, Path out) {
        DocumentServices documents = services.get();
        // Refuses at once, naming the missing fields, rather than once per form.
        documents.settings().letterheadForDocuments();
        Set<String> used = new HashSet<>();
        for (FormSource form : documents.allForms()) {
            List<FormSource.Choice> records = form.records().get();
            if (records.isEmpty()) {
                context.say("docs.noRecord", context.messages().get(form.titleKey()), context.messages().get(form.missingKey()));
            }
            for (FormSource.Choice record : records) {
                Document document = form.build().apply(record.id());
                String name = unique(form.fileName(record), used);
                for (DocumentFormat format : DocumentFormat.values()) {
                    context.say("docs.written", documents.writer().write(document, format, out, name));
                }
            }
        }
        return 0;
    }

    /** Two records may read alike (two models named the same): the second file gets "-2", never overwriting the first. */
    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = name + "-" + n;
        }
        return candidate;
    }

    private int check(CommandContext context) {
        List<Contradiction> found = services.get().contradictions();
        for (Contradiction contradiction : found) {
            context.say("docs.check.item", context.messages().get(contradiction.messageKey(), contradiction.argArray()));
        }
        context.say(found.isEmpty() ? "docs.check.none" : "docs.check.count", found.size());
        return found.isEmpty() ? 0 : 1;
    }
}
