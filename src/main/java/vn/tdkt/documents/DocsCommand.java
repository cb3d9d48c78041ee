package vn.tdkt.documents;

import java.util.function.Supplier;
import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.forms.StandardForms;
import vn.tdkt.settings.Letterhead;

/**
 * {@code docs render --out DIR}: writes every form, filled from the data folder, as .docx and .pdf and
 * prints one line per file. Features add their documents to {@link StandardForms}.
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
        String action = args.requirePositional(0, "render");
        if (!action.equals("render")) {
            throw new UsageException("cli.error.unknownCommand", "docs " + action);
        }
        Path out = Path.of(args.value("--out").orElseThrow(() -> new UsageException("cli.error.missingArgument", "--out")));
        DocumentServices documents = services.get();
        Letterhead letterhead = documents.settings().letterheadForDocuments();
        LocalDate today = LocalDate.now(documents.clock());
        for (StandardForms.Form form : documents.forms(today)) {
            Document document = form.build(letterhead, today);
            for (DocumentFormat format : DocumentFormat.values()) {
                Path file = documents.writer().write(document, format, out, form.fileName(letterhead, today));
                context.say("docs.written", file);
            }
        }
        return 0;
    }
}
