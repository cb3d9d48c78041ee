package vn.tdkt.settings;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Ids;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Database;

/**
 * The legal grounds forms cite and the dated base salary. Both are data the officer edits in Cài đặt, so a
 * new decree is a data change rather than a release; a form cites what is in force on its own date.
 */
public final class LegalRegister {
    private final Database database;
    private final LegalRegisterRepository repository;
    private final AuditTrail audit;

    public LegalRegister(Database database, LegalRegisterRepository repository, AuditTrail audit) {
        this.database = database;
        this.repository = repository;
        this.audit = audit;
    }

    public List<LegalDocument> documents() {
        return repository.documents();
    }

    /** The grounds a form dated {@code date} cites, in register order. */
    public List<LegalDocument> groundsOn(LocalDate date) {
        return repository.documents().stream().filter(LegalDocument::cited).filter(d -> d.inForceOn(date)).toList();
    }

    /** Adds ({@code id} null) or changes a document; refuses a line a form could not cite. */
    public LegalDocument save(LegalDocument document) {
        if (document.kind().isEmpty() || document.number().isEmpty() || document.issuer().isEmpty()) {
            throw new AppException("legal.error.required");
        }
        if (document.inForceFrom() != null && document.inForceUntil() != null && document.inForceUntil().isBefore(document.inForceFrom())) {
            throw new AppException("legal.error.period", document.number());
        }
        if (document.cited() && document.signedOn() == null) {
            throw new AppException("legal.error.citedUndated", document.number());
        }
        return database.transactionResult(() -> {
            LegalDocument saved = document.id() == null
                    ? new LegalDocument(Ids.newId(), document.kind(), document.number(), document.issuer(), document.signedOn(), document.title(),
                            document.inForceFrom(), document.inForceUntil(), document.cited(), repository.nextSortOrder())
                    : document;
            Optional<LegalDocument> before = repository.documents().stream().filter(d -> d.id().equals(saved.id())).findFirst();
            repository.upsert(saved);
            if (before.isEmpty()) {
                audit.created("legal_document", saved.id(), saved.kind() + " " + saved.number());
            } else if (!before.get().equals(saved)) {
                audit.changed("legal_document", saved.id(), "document", before.get().toString(), saved.toString());
            }
            return saved;
        });
    }

    public void delete(LegalDocument document) {
        database.transaction(() -> {
            repository.deleteDocument(document.id());
            audit.deleted("legal_document", document.id(), document.kind() + " " + document.number());
        });
    }

    /** Oldest first. */
    public List<BaseSalary> salaries() {
        return repository.salaries();
    }

    /** The base salary in force on {@code date}, if the table reaches back that far. */
    public Optional<BaseSalary> salaryOn(LocalDate date) {
        return repository.salaries().stream().filter(s -> !s.from().isAfter(date)).max(Comparator.comparing(BaseSalary::from));
    }

    public void saveSalary(BaseSalary salary) {
        if (salary.from() == null || salary.legalGround() == null || salary.legalGround().isBlank()) {
            throw new AppException("legal.error.salaryRequired");
        }
        if (salary.amount() <= 0) {
            throw new AppException("legal.error.salaryAmount");
        }
        database.transaction(() -> {
            repository.upsert(new BaseSalary(salary.from(), salary.amount(), vn.tdkt.core.VietnameseText.clean(salary.legalGround())));
            audit.changed("base_salary", salary.from().toString(), "amount", null, salary.amount());
        });
    }

    /**
     * The amount an officer typed as the letterhead's base salary before the dated table existed: no form reads it
     * any more, so Cài đặt shows it until it is added as a dated row or dismissed. Empty when there is none (or it
     * is not a number, which no form could have used either).
     */
    public Optional<Long> typedSalary() {
        return repository.typedSalary().map(v -> v.replaceAll("[.,\\s]", "")).filter(v -> v.matches("\\d{1,12}")).map(Long::parseLong)
                .filter(v -> v > 0);
    }

    /** The typed amount becomes the dated row from {@code from} on, resting on {@code legalGround}; the old setting goes in the same transaction. */
    public void adoptTypedSalary(LocalDate from, String legalGround) {
        long amount = typedSalary().orElseThrow(() -> new AppException("legal.error.noTypedSalary"));
        if (salaries().stream().anyMatch(s -> s.from().equals(from))) {
            throw new AppException("legal.error.salaryDateTaken", vn.tdkt.core.VietnameseDates.shortForm(from));
        }
        database.transaction(() -> {
            saveSalary(new BaseSalary(from, amount, legalGround));
            dismissTypedSalary();
        });
    }

    /** Forgets the typed amount (the officer found the dated table right without it). */
    public void dismissTypedSalary() {
        database.transaction(() -> {
            String before = repository.typedSalary().orElse(null);
            repository.deleteTypedSalary();
            audit.deleted("setting", "letterhead.baseSalary", before);
        });
    }

    public void deleteSalary(BaseSalary salary) {
        database.transaction(() -> {
            repository.deleteSalary(salary.from());
            audit.deleted("base_salary", salary.from().toString(), Long.toString(salary.amount()));
        });
    }
}
