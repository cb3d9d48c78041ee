package vn.tdkt.doc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.tdkt.core.AppException;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Database;
import java.util.function.Supplier;

/**
 * The sổ văn bản: issues document numbers per type and year in Decree 30's form ("05/QĐ-TrĐ19") with the
 * unit's code from the letterhead, counting afresh each year. The officer may type a number instead; either
 * way a number is never issued twice in a year, and the next counted number follows the highest one used.
 */
public final class DocumentRegister {
    private final Database database;
    private final DocumentRegisterRepository repository;
    /** The unit's code in numbers; refuses (AppException) while the letterhead lacks it. */
    private final Supplier<String> unitCode;
    private final AuditTrail audit;
    private final Clock clock;

    public DocumentRegister(Database database, DocumentRegisterRepository repository, Supplier<String> unitCode, AuditTrail audit, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.unitCode = unitCode;
        this.audit = audit;
        this.clock = clock;
    }

    public List<RegisterEntry> entries() {
        return repository.all();
    }

    /** The number {@link #issue} would give now, to show before the officer confirms. */
    public String nextNumber(DocumentType type, LocalDate date) {
        return type.number(repository.maxSequence(type, date.getYear()) + 1, unitCode.get());
    }

    /**
     * Issues the next number, or {@code typedNumber} when the officer typed one (blank means "count it").
     * Refuses an empty subject and a number already issued.
     */
    public RegisterEntry issue(DocumentType type, LocalDate date, String subject, String typedNumber) {
        String cleanSubject = VietnameseText.cleanOrNull(subject);
        if (cleanSubject == null) {
            throw new AppException("doc.register.error.subject");
        }
        String code = unitCode.get();
        String typed = VietnameseText.cleanOrNull(typedNumber);
        int year = date.getYear();
        return database.transactionResult(() -> {
            Integer sequence;
            String number;
            if (typed == null) {
                sequence = repository.maxSequence(type, year) + 1;
                number = type.number(sequence, code);
            } else {
                sequence = type.sequenceOf(typed).orElse(null);
                number = sequence == null ? typed : type.number(sequence, typed.substring(typed.indexOf('-') + 1));
                if (sequence != null && repository.sequenceTaken(type, year, sequence)) {
                    throw new AppException("doc.register.error.taken", number);
                }
            }
            if (repository.numberTaken(year, number)) {
                throw new AppException("doc.register.error.taken", number);
            }
            RegisterEntry entry = repository.insert(type, year, sequence, number, date, cleanSubject, clock.instant());
            audit.created("document", number, cleanSubject);
            return entry;
        });
    }
}
