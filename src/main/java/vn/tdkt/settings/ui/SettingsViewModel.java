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
import vn.tdkt.settings.Letterhead;
import vn.tdkt.settings.SettingsService;
import vn.tdkt.ui.UiContext;

/** The settings form as properties: the letterhead fields, language and theme, with a dirty flag. */
public final class SettingsViewModel {
    public static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("vi-VN"), Locale.ENGLISH);

    /** What is stored, read off the FX thread. */
    private record Stored(Letterhead letterhead, Locale language, boolean darkTheme) {
    }

    private final UiContext ui;
    private final SettingsService settings;
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(LANGUAGES.getFirst());
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private boolean loading;

    public SettingsViewModel(UiContext ui, SettingsService settings) {
        this.ui = ui;
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
        ui.tasks().run(ui.text("settings.loading"), progress -> new Stored(settings.letterhead(), settings.language(), settings.darkTheme()), this::show);
    }

    private void show(Stored stored) {
        if (dirty.get()) {
            // The user started typing before the stored values arrived: their typing wins.
            return;
        }
        loading = true;
        try {
            Letterhead letterhead = stored.letterhead();
            for (String field : Letterhead.FIELDS) {
                String value = letterhead.get(field);
                fields.get(field).set(value);
            }
            Locale saved = stored.language();
            language.set(LANGUAGES.stream().filter(l -> l.getLanguage().equals(saved.getLanguage())).findFirst().orElse(LANGUAGES.getFirst()));
            darkTheme.set(stored.darkTheme());
        } finally {
            loading = false;
        }
        dirty.set(false);
    }

    /** Saves in the background, then runs {@code onSaved}. */
    public void save(Runnable onSaved) {
        Letterhead letterhead = Letterhead.of(this::value);
        Locale chosenLanguage = language.get();
        boolean dark = darkTheme.get();
        ui.tasks().change(ui.text("settings.saving"), progress -> {
            settings.save(letterhead, chosenLanguage, dark);
            return letterhead;
        }, saved -> {
            dirty.set(false);
            onSaved.run();
        });
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
