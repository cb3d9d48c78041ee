package vn.tdkt.settings;

import java.util.Locale;
import java.util.Map;
import vn.tdkt.core.AppException;
import vn.tdkt.core.ImportBounds;
import vn.tdkt.core.MessageKey;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Database;

/** The unit's letterhead and the app's preferences. */
public final class SettingsService {
    private static final String LETTERHEAD = "letterhead.";
    private static final String LANGUAGE = "ui.language";
    private static final String DARK_THEME = "ui.darkTheme";
    private static final String IMPORT_ROW_LIMIT = "import.rowLimit";

    private final Database database;
    private final SettingsRepository repository;
    private final AuditTrail audit;

    public SettingsService(Database database, SettingsRepository repository, AuditTrail audit) {
        this.database = database;
        this.repository = repository;
        this.audit = audit;
    }

    public Letterhead letterhead() {
        Map<String, String> values = repository.withPrefix(LETTERHEAD);
        return Letterhead.of(field -> values.getOrDefault(LETTERHEAD + field, ""));
    }

    /** Saves every field in one transaction, each change recorded in the audit trail. */
    public void saveLetterhead(Letterhead letterhead) {
        database.transaction(() -> {
            Letterhead before = letterhead();
            for (String field : Letterhead.FIELDS) {
                String value = letterhead.get(field);
                if (!value.equals(before.get(field))) {
                    repository.put(LETTERHEAD + field, value);
                    audit.changed("letterhead", "unit", field, before.get(field), value);
                }
            }
        });
    }

    /** The letterhead, refusing when a field every document header needs is empty. */
    public Letterhead letterheadForDocuments() {
        Letterhead letterhead = letterhead();
        if (!letterhead.missingForDocuments().isEmpty()) {
            throw new AppException("error.letterhead.missing",
                    letterhead.missingForDocuments().stream().map(field -> new MessageKey("settings.field." + field)).toList());
        }
        return letterhead;
    }

    /** "vi" (default) or "en". */
    public Locale language() {
        return Locale.forLanguageTag(repository.get(LANGUAGE).orElse("vi-VN"));
    }

    public boolean darkTheme() {
        return repository.get(DARK_THEME).map(Boolean::parseBoolean).orElse(false);
    }

    /** The whole Cài đặt form: letterhead, language and theme, in one transaction. */
    public void save(Letterhead letterhead, Locale language, boolean darkTheme) {
        database.transaction(() -> {
            saveLetterhead(letterhead);
            repository.put(LANGUAGE, language.toLanguageTag());
            repository.put(DARK_THEME, Boolean.toString(darkTheme));
        });
    }

    /** The most rows a spreadsheet sheet may have to be imported; larger sheets are refused before reading on. */
    public int importRowLimit() {
        return repository.get(IMPORT_ROW_LIMIT).map(Integer::parseInt).orElse(ImportBounds.DEFAULT_ROW_LIMIT);
    }

    public void saveImportRowLimit(int rows) {
        if (rows < 1) {
            throw new AppException("settings.error.rowLimit");
        }
        database.transaction(() -> repository.put(IMPORT_ROW_LIMIT, Integer.toString(rows)));
    }
}
