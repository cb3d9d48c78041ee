package vn.tdkt.settings;

import static vn.tdkt.db.jooq.Tables.BASE_SALARY;
import static vn.tdkt.db.jooq.Tables.LEGAL_DOCUMENT;
import static vn.tdkt.db.jooq.Tables.SETTING;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.tdkt.db.Database;
import vn.tdkt.db.jooq.tables.records.LegalDocumentRecord;

/** The legal_document and base_salary tables. */
public final class LegalRegisterRepository {
    private final Database database;

    public LegalRegisterRepository(Database database) {
        this.database = database;
    }

    public List<LegalDocument> documents() {
        return database.dsl().selectFrom(LEGAL_DOCUMENT).orderBy(LEGAL_DOCUMENT.SORT_ORDER, LEGAL_DOCUMENT.NUMBER)
                .fetch(r -> new LegalDocument(r.getId(), r.getKind(), r.getNumber(), r.getIssuer(), r.getSignedOn(), r.getTitle(),
                        r.getInForceFromDate(), r.getInForceUntilDate(), Boolean.TRUE.equals(r.getCited()), r.getSortOrder()));
    }

    public void upsert(LegalDocument document) {
        LegalDocumentRecord row = new LegalDocumentRecord(document.id(), document.kind(), document.number(), document.issuer(),
                document.signedOn(), document.title(), document.inForceFrom(), document.inForceUntil(), document.cited(), document.sortOrder());
        database.dsl().insertInto(LEGAL_DOCUMENT).set(row).onConflict(LEGAL_DOCUMENT.ID).doUpdate().set(row).execute();
    }

    public void deleteDocument(String id) {
        database.dsl().deleteFrom(LEGAL_DOCUMENT).where(LEGAL_DOCUMENT.ID.eq(id)).execute();
    }

    public int nextSortOrder() {
        Integer max = database.dsl().select(org.jooq.impl.DSL.max(LEGAL_DOCUMENT.SORT_ORDER)).from(LEGAL_DOCUMENT).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    /** Oldest first. */
    public List<BaseSalary> salaries() {
        return database.dsl().selectFrom(BASE_SALARY).orderBy(BASE_SALARY.FROM_DATE)
                .fetch(r -> new BaseSalary(r.getFromDate(), r.getAmount(), r.getLegalGround()));
    }

    public void upsert(BaseSalary salary) {
        database.dsl().insertInto(BASE_SALARY)
                .set(BASE_SALARY.FROM_DATE, salary.from())
                .set(BASE_SALARY.AMOUNT, salary.amount())
                .set(BASE_SALARY.LEGAL_GROUND, salary.legalGround())
                .onConflict(BASE_SALARY.FROM_DATE).doUpdate()
                .set(BASE_SALARY.AMOUNT, salary.amount())
                .set(BASE_SALARY.LEGAL_GROUND, salary.legalGround())
                .execute();
    }

    public void deleteSalary(LocalDate from) {
        database.dsl().deleteFrom(BASE_SALARY).where(BASE_SALARY.FROM_DATE.eq(from)).execute();
    }

    /** The base salary an officer typed into the letterhead before V11 (V11 kept it when it differed from the law's). */
    public Optional<String> typedSalary() {
        return database.dsl().select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(TYPED_SALARY_KEY)).fetchOptional(SETTING.VALUE);
    }

    public void deleteTypedSalary() {
        database.dsl().deleteFrom(SETTING).where(SETTING.KEY.eq(TYPED_SALARY_KEY)).execute();
    }

    private static final String TYPED_SALARY_KEY = "letterhead.baseSalary";
}
