package vn.tdkt.award.certificate;

import static vn.tdkt.db.jooq.Tables.CERTIFICATE_FIELD;
import static vn.tdkt.db.jooq.Tables.CERTIFICATE_LAYOUT;
import static vn.tdkt.db.jooq.Tables.CERTIFICATE_PRINTER_OFFSET;

import java.util.List;
import java.util.Optional;
import vn.tdkt.db.Database;
import vn.tdkt.db.jooq.tables.records.CertificateFieldRecord;
import vn.tdkt.db.jooq.tables.records.CertificateLayoutRecord;
import vn.tdkt.doc.Align;
import vn.tdkt.doc.PaperSize;

/** Blank layouts with their fields, and the printers' offsets. */
public final class CertificateRepository {
    private final Database database;

    public CertificateRepository(Database database) {
        this.database = database;
    }

    public List<BlankLayout> layouts() {
        return database.dsl().selectFrom(CERTIFICATE_LAYOUT).orderBy(CERTIFICATE_LAYOUT.NAME).fetch().map(this::layout);
    }

    public Optional<BlankLayout> layout(String code) {
        return database.dsl().selectFrom(CERTIFICATE_LAYOUT).where(CERTIFICATE_LAYOUT.CODE.eq(code)).fetchOptional().map(this::layout);
    }

    private BlankLayout layout(CertificateLayoutRecord row) {
        List<FieldBox> fields = database.dsl().selectFrom(CERTIFICATE_FIELD).where(CERTIFICATE_FIELD.LAYOUT_ID.eq(row.getId()))
                .fetch().map(CertificateRepository::box).stream()
                .sorted(java.util.Comparator.comparing(FieldBox::field)).toList();
        return new BlankLayout(row.getId(), row.getCode(), row.getName(), PaperSize.valueOf(row.getPaper()), fields, row.getBackground(),
                row.getMeasuredOn());
    }

    private static FieldBox box(CertificateFieldRecord row) {
        return new FieldBox(CertificateField.valueOf(row.getField()), row.getXMm(), row.getYMm(), row.getWidthMm(), row.getHeightMm(),
                row.getFontSize(), row.getMinFontSize(), row.getBold(), row.getItalic(), Align.valueOf(row.getAlign()));
    }

    public boolean codeTaken(String code) {
        return database.dsl().fetchExists(CERTIFICATE_LAYOUT, CERTIFICATE_LAYOUT.CODE.eq(code));
    }

    /** Replaces the layout's fields, background and day of measuring with the given ones. */
    public void update(BlankLayout layout) {
        database.dsl().update(CERTIFICATE_LAYOUT).set(CERTIFICATE_LAYOUT.BACKGROUND, layout.background())
                .set(CERTIFICATE_LAYOUT.MEASURED_ON, layout.measuredOn())
                .where(CERTIFICATE_LAYOUT.ID.eq(layout.id())).execute();
        database.dsl().deleteFrom(CERTIFICATE_FIELD).where(CERTIFICATE_FIELD.LAYOUT_ID.eq(layout.id())).execute();
        insertFields(layout);
    }

    public void insert(BlankLayout layout) {
        database.dsl().insertInto(CERTIFICATE_LAYOUT).set(CERTIFICATE_LAYOUT.ID, layout.id()).set(CERTIFICATE_LAYOUT.CODE, layout.code())
                .set(CERTIFICATE_LAYOUT.NAME, layout.name()).set(CERTIFICATE_LAYOUT.PAPER, layout.paper().name())
                .set(CERTIFICATE_LAYOUT.BACKGROUND, layout.background()).set(CERTIFICATE_LAYOUT.MEASURED_ON, layout.measuredOn()).execute();
        insertFields(layout);
    }

    private void insertFields(BlankLayout layout) {
        for (FieldBox box : layout.fields()) {
            database.dsl().insertInto(CERTIFICATE_FIELD)
                    .set(CERTIFICATE_FIELD.LAYOUT_ID, layout.id())
                    .set(CERTIFICATE_FIELD.FIELD, box.field().name())
                    .set(CERTIFICATE_FIELD.X_MM, box.xMm())
                    .set(CERTIFICATE_FIELD.Y_MM, box.yMm())
                    .set(CERTIFICATE_FIELD.WIDTH_MM, box.widthMm())
                    .set(CERTIFICATE_FIELD.HEIGHT_MM, box.heightMm())
                    .set(CERTIFICATE_FIELD.FONT_SIZE, box.fontSize())
                    .set(CERTIFICATE_FIELD.MIN_FONT_SIZE, box.minFontSize())
                    .set(CERTIFICATE_FIELD.BOLD, box.bold())
                    .set(CERTIFICATE_FIELD.ITALIC, box.italic())
                    .set(CERTIFICATE_FIELD.ALIGN, box.align().name())
                    .execute();
        }
    }

    public Optional<PrinterOffset> offset(String printer) {
        return database.dsl().selectFrom(CERTIFICATE_PRINTER_OFFSET).where(CERTIFICATE_PRINTER_OFFSET.PRINTER.eq(printer)).fetchOptional()
                .map(row -> new PrinterOffset(row.getPrinter(), row.getXMm(), row.getYMm()));
    }

    public void saveOffset(PrinterOffset offset) {
        database.dsl().insertInto(CERTIFICATE_PRINTER_OFFSET)
                .set(CERTIFICATE_PRINTER_OFFSET.PRINTER, offset.printer())
                .set(CERTIFICATE_PRINTER_OFFSET.X_MM, offset.xMm())
                .set(CERTIFICATE_PRINTER_OFFSET.Y_MM, offset.yMm())
                .onConflict(CERTIFICATE_PRINTER_OFFSET.PRINTER).doUpdate()
                .set(CERTIFICATE_PRINTER_OFFSET.X_MM, offset.xMm())
                .set(CERTIFICATE_PRINTER_OFFSET.Y_MM, offset.yMm())
                .execute();
    }
}
