package vn.tdkt.exchange;

import static vn.tdkt.db.jooq.Tables.RECEIVED_DOCUMENT;

import java.util.List;
import java.util.Optional;
import org.jooq.impl.DSL;
import vn.tdkt.db.Database;

/** {@code received_document}: the documents received packages carried, written only by the import (V26). */
final class ReceivedDocumentRepository {
    private final Database database;

    ReceivedDocumentRepository(Database database) {
        this.database = database;
    }

    /** {@code content} null: too large to keep, listed only. */
    void insert(String packageId, String name, int order, String format, long size, String sha256, byte[] content) {
        database.dsl().insertInto(RECEIVED_DOCUMENT)
                .set(RECEIVED_DOCUMENT.PACKAGE_ID, packageId)
                .set(RECEIVED_DOCUMENT.NAME, name)
                .set(RECEIVED_DOCUMENT.SORT_ORDER, order)
                .set(RECEIVED_DOCUMENT.FORMAT, format)
                .set(RECEIVED_DOCUMENT.SIZE, size)
                .set(RECEIVED_DOCUMENT.SHA256, sha256)
                .set(RECEIVED_DOCUMENT.CONTENT, content)
                .execute();
    }

    /** The package's documents in its order, without their content. */
    List<ReceivedDocument> of(String packageId) {
        return database.dsl().select(RECEIVED_DOCUMENT.NAME, RECEIVED_DOCUMENT.FORMAT, RECEIVED_DOCUMENT.SIZE,
                        DSL.field(RECEIVED_DOCUMENT.CONTENT.isNotNull()))
                .from(RECEIVED_DOCUMENT).where(RECEIVED_DOCUMENT.PACKAGE_ID.eq(packageId)).orderBy(RECEIVED_DOCUMENT.SORT_ORDER)
                .fetch(r -> new ReceivedDocument(packageId, r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The kept content; empty for a document not received or not kept. */
    Optional<byte[]> content(String packageId, String name) {
        return database.dsl().select(RECEIVED_DOCUMENT.CONTENT).from(RECEIVED_DOCUMENT)
                .where(RECEIVED_DOCUMENT.PACKAGE_ID.eq(packageId), RECEIVED_DOCUMENT.NAME.eq(name), RECEIVED_DOCUMENT.CONTENT.isNotNull())
                .fetchOptional(RECEIVED_DOCUMENT.CONTENT);
    }
}
