package vn.tdkt.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.tdkt.AppContext;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.doc.forms.StandardForms;
import vn.tdkt.settings.Letterhead;

/**
 * {@code docs render --out DIR}: writes every form, filled from the data folder, as .docx and .pdf and
 * prints one line per file. Features add their documents to {@link StandardForms}.
 */
public final class DocsCommand implements Command {
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
        try (AppContext app = context.open()) {
            Letterhead letterhead = app.settings().letterheadForDocuments();
            LocalDate today = LocalDate.now(app.clock());
            DocumentWriter writer = new DocumentWriter();
            List<StandardForms.Form> forms = new ArrayList<>(StandardForms.all());
            for (StandardForms.Form real : app.plan().documents().forms(today)) {
                // A form built from the officer's own records replaces the sample of the same name.
                forms.removeIf(sample -> sample.fileStem().equals(real.fileStem()));
                forms.add(real);
            }
            for (StandardForms.Form form : forms) {
                Document document = form.build(letterhead, today);
                for (DocumentFormat format : DocumentFormat.values()) {
                    Path file = writer.write(document, format, out, form.fileName(letterhead, today));
                    context.say("docs.written", file);
                }
            }
            return 0;
        }
    }
}
