package vn.tdkt.doc;

import static vn.tdkt.db.jooq.Tables.DOCUMENT_REGISTER;

import java.time.Instant;
import java.util.List;
import org.jooq.impl.DSL;
import vn.tdkt.db.Database;

/** The sổ văn bản table. */
public final class DocumentRegisterRepository {
    private final Database database;

    public DocumentRegisterRepository(Database database) {
        this.database = database;
    }

    public int maxSequence(DocumentType type, int year) {
        Integer max = database.dsl().select(DSL.max(DOCUMENT_REGISTER.SEQUENCE)).from(DOCUMENT_REGISTER)
                .where(DOCUMENT_REGISTER.TYPE_CODE.eq(type.code()).and(DOCUMENT_REGISTER.YEAR.eq(year)))
                .fetchOne(0, Integer.class);
        return max == null ? 0 : max;
    }

    public boolean numberTaken(int year, String number) {
        return database.dsl().fetchExists(DOCUMENT_REGISTER, DOCUMENT_REGISTER.YEAR.eq(year).and(DOCUMENT_REGISTER.NUMBER.eq(number)));
    }

    public boolean sequenceTaken(DocumentType type, int year, int sequence) {
        return database.dsl().fetchExists(DOCUMENT_REGISTER, DOCUMENT_REGISTER.TYPE_CODE.eq(type.code())
                .and(DOCUMENT_REGISTER.YEAR.eq(year)).and(DOCUMENT_REGISTER.SEQUENCE.eq(sequence)));
    }

    public RegisterEntry insert(DocumentType type, int year, Integer sequence, String number, java.time.LocalDate issuedOn,
                                String subject, Instant createdAt) {
        Integer id = database.dsl().insertInto(DOCUMENT_REGISTER)
                .set(DOCUMENT_REGISTER.TYPE_CODE, type.code())
                .set(DOCUMENT_REGISTER.YEAR, year)
                .set(DOCUMENT_REGISTER.SEQUENCE, sequence)
                .set(DOCUMENT_REGISTER.NUMBER, number)
                .set(DOCUMENT_REGISTER.ISSUED_ON, issuedOn)
                .set(DOCUMENT_REGISTER.SUBJECT, subject)
                .set(DOCUMENT_REGISTER.CREATED_AT, createdAt)
                .returningResult(DOCUMENT_REGISTER.ID)
                .fetchOne(DOCUMENT_REGISTER.ID);
        return new RegisterEntry(id, type, year, sequence, number, issuedOn, subject);
    }

    /** Newest first. */
    public List<RegisterEntry> all() {
        return database.dsl().selectFrom(DOCUMENT_REGISTER)
                .orderBy(DOCUMENT_REGISTER.ISSUED_ON.desc(), DOCUMENT_REGISTER.ID.desc())
                .fetch(r -> new RegisterEntry(r.getId(), DocumentType.ofCode(r.getTypeCode()).orElseThrow(), r.getYear(), r.getSequence(),
                        r.getNumber(), r.getIssuedOn(), r.getSubject()));
    }
}
