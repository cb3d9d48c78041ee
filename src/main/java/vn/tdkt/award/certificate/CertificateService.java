package vn.tdkt.award.certificate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.tdkt.award.Decision;
import vn.tdkt.award.DossierService;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Ids;
import vn.tdkt.core.Progress;
import vn.tdkt.core.SafeFiles;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Database;
import vn.tdkt.doc.Issuer;

/**
 * Certificates for a decision, on plain paper or onto a blank, and the blanks' layouts and printers' offsets.
 * Decisions are read through the dossier service; every PDF goes through {@link SafeFiles}, so a refused line or a
 * cancel leaves no file behind.
 */
public final class CertificateService {
    private final Database database;
    private final CertificateRepository repository;
    private final AuditTrail audit;
    private final DossierService dossiers;
    private final Supplier<Issuer> issuer;
    private final Supplier<Set<String>> titles;
    private final Clock clock;

    /**
     * @param titles the names of the danh hiệu of the rule set in use, which a certificate gives with "TẶNG DANH
     *               HIỆU"; read once per batch
     */
    public CertificateService(Database database, CertificateRepository repository, AuditTrail audit, DossierService dossiers,
                              Supplier<Issuer> issuer, Supplier<Set<String>> titles, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.audit = audit;
        this.dossiers = dossiers;
        this.issuer = issuer;
        this.titles = titles;
        this.clock = clock;
    }

    public List<Decision> decisions() {
        return dossiers.decisions();
    }

    /** The decision with this number ("05/QĐ-TrĐ9"), or a sentence saying there is none. */
    public Decision decision(String number) {
        return dossiers.decisions().stream().filter(d -> d.decision().number().equalsIgnoreCase(number.strip())).findFirst()
                .orElseThrow(() -> new AppException("certificate.error.noDecision", number,
                        String.join(", ", dossiers.decisions().stream().map(d -> d.decision().number()).toList())));
    }

    public List<BlankLayout> layouts() {
        return repository.layouts();
    }

    public BlankLayout layout(String code) {
        return repository.layout(code).orElseThrow(() -> new AppException("certificate.error.noLayout", code,
                String.join(", ", repository.layouts().stream().map(BlankLayout::code).toList())));
    }

    /** Saves the layout as the officer measured it against their blanks: it is no longer a starting position. */
    public void save(BlankLayout layout) {
        BlankLayout measured = new BlankLayout(layout.id(), layout.code(), layout.name(), layout.paper(), layout.fields(), layout.background(),
                LocalDate.now(clock));
        database.transaction(() -> {
            BlankLayout before = layout(layout.code());
            repository.update(measured);
            audit.changed("certificate_layout", layout.id(), "fields", describe(before), describe(measured));
        });
    }

    /**
     * A copy of a layout under a new name, to adjust while the original stays as it is; unmeasured until saved. Its
     * code is the name without marks ("Phôi Giấy khen 2026" → "phoi-giay-khen-2026"), numbered when taken.
     */
    public BlankLayout duplicate(BlankLayout original, String name) {
        String clean = VietnameseText.cleanOrNull(name);
        if (clean == null) {
            throw new AppException("certificate.error.layoutName");
        }
        String marksless = VietnameseText.fileSafe(clean).toLowerCase(java.util.Locale.ROOT);
        String base = marksless.isEmpty() ? "phoi" : marksless;
        return database.transactionResult(() -> {
            String code = base;
            for (int n = 2; repository.codeTaken(code); n++) {
                code = base + "-" + n;
            }
            BlankLayout copy = new BlankLayout(Ids.newId(), code, clean, original.paper(), original.fields(), original.background(), null);
            repository.insert(copy);
            audit.created("certificate_layout", copy.id(), clean + " (" + original.code() + ")");
            return copy;
        });
    }

    /** The offset saved for a printer; none for a printer not yet calibrated. */
    public PrinterOffset offset(String printer) {
        return repository.offset(printer).orElse(new PrinterOffset(printer, 0, 0));
    }

    public void save(PrinterOffset offset) {
        database.transaction(() -> {
            PrinterOffset before = offset(offset.printer());
            repository.saveOffset(offset);
            audit.changed("certificate_printer_offset", offset.printer(), "offset", before.xMm() + ";" + before.yMm(), offset.xMm() + ";" + offset.yMm());
        });
    }

    /** The words of every certificate of a decision. */
    public List<Certificate> certificates(Decision decision) {
        if (decision.awardees().isEmpty()) {
            throw new AppException("certificate.error.noAwardees", decision.decision().number());
        }
        return CertificateTexts.of(decision, issuer.get(), titles.get()::contains);
    }

    /** Every certificate of the decision in the full design, one PDF. Returns how many pages it holds. */
    public int writeDesign(Decision decision, Path out, Progress progress) {
        List<Certificate> certificates = certificates(decision);
        write(out, title(decision), pdf -> pdf.design(certificates, progress));
        return certificates.size();
    }

    /** Every certificate of the decision as text for the layout's blanks, moved by the printer's offset. */
    public int writeOnBlanks(Decision decision, BlankLayout layout, PrinterOffset offset, Path out, Progress progress) {
        List<Certificate> certificates = certificates(decision);
        write(out, title(decision), pdf -> pdf.onBlank(certificates, layout, offset, progress));
        return certificates.size();
    }

    /** The calibration page of a layout with the printer's offset; field names and notes come in the UI's language. */
    public void writeCalibration(BlankLayout layout, PrinterOffset offset, Function<CertificateField, String> label, List<String> notes, Path out) {
        Map<CertificateField, String> labels = labels(label);
        write(out, layout.name(), pdf -> pdf.calibration(layout, offset, labels, notes));
    }

    /** The same page as {@link #writeCalibration}, in memory, for printing. */
    byte[] renderCalibration(BlankLayout layout, PrinterOffset offset, Function<CertificateField, String> label, List<String> notes) {
        Map<CertificateField, String> labels = labels(label);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (CertificatePdf pdf = new CertificatePdf(bytes, layout.name())) {
            pdf.calibration(layout, offset, labels, notes);
        }
        return bytes.toByteArray();
    }

    private static Map<CertificateField, String> labels(Function<CertificateField, String> label) {
        Map<CertificateField, String> labels = new EnumMap<>(CertificateField.class);
        for (CertificateField field : CertificateField.values()) {
            labels.put(field, label.apply(field));
        }
        return labels;
    }

    /** The same pages as {@link #writeDesign} or {@link #writeOnBlanks} (layout given), in memory, for printing. */
    byte[] render(Decision decision, BlankLayout layout, PrinterOffset offset, Progress progress) {
        List<Certificate> certificates = certificates(decision);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (CertificatePdf pdf = new CertificatePdf(bytes, title(decision))) {
            if (layout == null) {
                pdf.design(certificates, progress);
            } else {
                pdf.onBlank(certificates, layout, offset, progress);
            }
        }
        return bytes.toByteArray();
    }

    static String title(Decision decision) {
        return "Khen thưởng theo Quyết định số " + decision.decision().number();
    }

    private static void write(Path out, String title, java.util.function.Consumer<CertificatePdf> drawing) {
        SafeFiles.write(out, stream -> {
            try (CertificatePdf pdf = new CertificatePdf(stream, title)) {
                drawing.accept(pdf);
            }
        });
    }

    private static String describe(BlankLayout layout) {
        StringBuilder text = new StringBuilder();
        for (FieldBox box : layout.fields()) {
            text.append(box.field()).append('@').append(Math.round(box.xMm() * 10) / 10.0).append(',').append(Math.round(box.yMm() * 10) / 10.0).append(' ');
        }
        return text.toString().strip();
    }
}
