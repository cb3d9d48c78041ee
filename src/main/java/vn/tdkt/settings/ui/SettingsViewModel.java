package vn.tdkt.settings.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.settings.Letterhead;
import vn.tdkt.settings.SettingsService;

/** The settings form as properties: the letterhead fields, language and theme, with a dirty flag. */
public final class SettingsViewModel {
    public static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("vi-VN"), Locale.ENGLISH);

    private final SettingsService settings;
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(LANGUAGES.getFirst());
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private boolean loading;

    public SettingsViewModel(SettingsService settings) {
        this.settings = settings;
        for (String field : Letterhead.FIELDS) {
            StringProperty property = new SimpleStringProperty("");
            property.addListener((obs, before, after) -> markDirty());
            fields.put(field, property);
        }
        language.addListener((obs, before, after) -> markDirty());
        darkTheme.addListener((obs, before, after) -> markDirty());
    }

    private void markDirty() {
        if (!loading) {
            dirty.set(true);
        }
    }

    public void load() {
        loading = true;
        try {
            Letterhead letterhead = settings.letterhead();
            for (String field : Letterhead.FIELDS) {
                String value = letterhead.get(field);
                fields.get(field).set(field.equals("baseSalary") ? (letterhead.baseSalary() == 0 ? "" : VietnameseNumbers.grouped(letterhead.baseSalary())) : value);
            }
            Locale saved = settings.language();
            language.set(LANGUAGES.stream().filter(l -> l.getLanguage().equals(saved.getLanguage())).findFirst().orElse(LANGUAGES.getFirst()));
            darkTheme.set(settings.darkTheme());
        } finally {
            loading = false;
        }
        dirty.set(false);
    }

    /** Null when the salary is a valid amount, else the message key saying what is wrong. */
    public String salaryError() {
        String text = fields.get("baseSalary").get();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long value = VietnameseNumbers.parse(text).longValueExact();
            return value < 0 ? "settings.error.salary" : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return "settings.error.salaryNumber";
        }
    }

    /** Saves when valid; returns the message key of the first problem, or null when saved. */
    public String save() {
        String error = salaryError();
        if (error != null) {
            return error;
        }
        String salaryText = fields.get("baseSalary").get();
        long salary = salaryText == null || salaryText.isBlank() ? 0 : VietnameseNumbers.parse(salaryText).longValueExact();
        settings.saveLetterhead(new Letterhead(value("superiorBody"), value("unitName"), value("shortCode"), value("placeName"),
                value("commanderTitle"), value("commanderRank"), value("commanderName"),
                value("commissarTitle"), value("commissarRank"), value("commissarName"), salary));
        settings.setLanguage(language.get());
        settings.setDarkTheme(darkTheme.get());
        load();
        return null;
    }

    private String value(String field) {
        return fields.get(field).get();
    }

    public StringProperty field(String name) {
        return fields.get(name);
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
