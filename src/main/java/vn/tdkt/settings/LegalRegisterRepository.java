package vn.tdkt.settings;

import static vn.tdkt.db.jooq.Tables.BASE_SALARY;
import static vn.tdkt.db.jooq.Tables.LEGAL_DOCUMENT;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.db.Database;

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
        database.dsl().insertInto(LEGAL_DOCUMENT)
                .set(LEGAL_DOCUMENT.ID, document.id())
                .set(LEGAL_DOCUMENT.KIND, document.kind())
                .set(LEGAL_DOCUMENT.NUMBER, document.number())
                .set(LEGAL_DOCUMENT.ISSUER, document.issuer())
                .set(LEGAL_DOCUMENT.SIGNED_ON, document.signedOn())
                .set(LEGAL_DOCUMENT.TITLE, document.title())
                .set(LEGAL_DOCUMENT.IN_FORCE_FROM_DATE, document.inForceFrom())
                .set(LEGAL_DOCUMENT.IN_FORCE_UNTIL_DATE, document.inForceUntil())
                .set(LEGAL_DOCUMENT.CITED, document.cited())
                .set(LEGAL_DOCUMENT.SORT_ORDER, document.sortOrder())
                .onConflict(LEGAL_DOCUMENT.ID).doUpdate()
                .set(LEGAL_DOCUMENT.KIND, document.kind())
                .set(LEGAL_DOCUMENT.NUMBER, document.number())
                .set(LEGAL_DOCUMENT.ISSUER, document.issuer())
                .set(LEGAL_DOCUMENT.SIGNED_ON, document.signedOn())
                .set(LEGAL_DOCUMENT.TITLE, document.title())
                .set(LEGAL_DOCUMENT.IN_FORCE_FROM_DATE, document.inForceFrom())
                .set(LEGAL_DOCUMENT.IN_FORCE_UNTIL_DATE, document.inForceUntil())
                .set(LEGAL_DOCUMENT.CITED, document.cited())
                .set(LEGAL_DOCUMENT.SORT_ORDER, document.sortOrder())
                .execute();
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
}
