package vn.tdkt.db;

import static vn.tdkt.db.jooq.Tables.AUDIT_LOG;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The single place every change of scores, decisions and awards is written down: who, when, what,
 * old value → new value. Call it inside the service's transaction so the record and the change
 * land together or not at all.
 */
public final class AuditTrail {
    private final Database database;
    private final Clock clock;
    private final String actor;

    public AuditTrail(Database database, Clock clock, String actor) {
        this.database = database;
        this.clock = clock;
        this.actor = actor;
    }

    /** One audited change. {@code field} is null for whole-record actions (created, deleted). */
    public record Entry(long id, Instant changedAt, String actor, String entity, String entityId, String action,
                        String field, String oldValue, String newValue) {
    }

    public void created(String entity, String entityId, String summary) {
        write(entity, entityId, "create", null, null, summary);
    }

    public void deleted(String entity, String entityId, String summary) {
        write(entity, entityId, "delete", null, summary, null);
    }

    /** Records a field change; unchanged values are not recorded. */
    public void changed(String entity, String entityId, String field, Object oldValue, Object newValue) {
        String before = oldValue == null ? null : oldValue.toString();
        String after = newValue == null ? null : newValue.toString();
        if (!Objects.equals(before, after)) {
            write(entity, entityId, "update", field, before, after);
        }
    }

    private void write(String entity, String entityId, String action, String field, String oldValue, String newValue) {
        database.transaction(() -> database.dsl().insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.CHANGED_AT, clock.instant())
                .set(AUDIT_LOG.ACTOR, actor)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.FIELD, field)
                .set(AUDIT_LOG.OLD_VALUE, oldValue)
                .set(AUDIT_LOG.NEW_VALUE, newValue)
                .execute());
    }

    public List<Entry> history(String entity, String entityId) {
        return database.dsl().selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq(entity).and(AUDIT_LOG.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_LOG.ID)
                .fetch(AuditTrail::toEntry);
    }

    private static Entry toEntry(vn.tdkt.db.jooq.tables.records.AuditLogRecord r) {
        return new Entry(r.getId(), r.getChangedAt(), r.getActor(), r.getEntity(), r.getEntityId(),
                r.getAction(), r.getField(), r.getOldValue(), r.getNewValue());
    }
}
