package vn.tdkt.exemplar.ui;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.core.AppException;
import vn.tdkt.core.MessageKey;
import vn.tdkt.exemplar.ExemplarService;
import vn.tdkt.exemplar.ExemplarSettings;
import vn.tdkt.exemplar.ExemplarSettings.TraitList;
import vn.tdkt.ui.UiContext;

/**
 * The ĐHTT settings as the officer edits them: the stall rule, the evidence size limit, the checks a
 * dossier needs, whose đặc trưng list applies, and the three editable lists (fields of work, the army's
 * and the civilian đặc trưng). Numbers are typed as text and refused with a Vietnamese message.
 */
public final class ExemplarSettingsModel {
    /** The lists the officer edits, in the order the panel shows them. */
    public enum ChoiceList {
        FIELDS(ExemplarService.FIELD_LIST), ARMY_TRAITS(TraitList.ARMY.key()), CIVILIAN_TRAITS(TraitList.CIVILIAN.key());

        private final String key;

        ChoiceList(String key) {
            this.key = key;
        }

        public String messageKey() {
            return "exemplar.settings.list." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private record Loaded(ExemplarSettings settings, Map<ChoiceList, List<String>> lists) {
    }

    private final UiContext ui;
    private final ExemplarService exemplars;
    private final ReadOnlyObjectWrapper<ExemplarSettings> settings = new ReadOnlyObjectWrapper<>(ExemplarSettings.DEFAULTS);
    private final Map<ChoiceList, ObservableList<String>> lists = new java.util.EnumMap<>(ChoiceList.class);

    public ExemplarSettingsModel(UiContext ui, ExemplarService exemplars) {
        this.ui = ui;
        this.exemplars = exemplars;
        for (ChoiceList list : ChoiceList.values()) {
            lists.put(list, FXCollections.observableArrayList());
        }
    }

    public void load() {
        ui.tasks().run(ui.text("exemplar.loading"), progress -> {
            Map<ChoiceList, List<String>> read = new java.util.EnumMap<>(ChoiceList.class);
            for (ChoiceList list : ChoiceList.values()) {
                read.put(list, exemplars.choices(list.key));
            }
            return new Loaded(exemplars.settings(), read);
        }, loaded -> {
            settings.set(loaded.settings());
            loaded.lists().forEach((list, names) -> lists.get(list).setAll(names));
        });
    }

    /** Saves the numbers as typed; an unreadable one goes to the error dialog naming its field, and nothing is written. */
    public void save(String stallDays, String maxMegabytes, String minChecks, TraitList traitList) {
        ExemplarSettings typed;
        try {
            typed = new ExemplarSettings(number(stallDays, "exemplar.settings.stallDays"),
                    number(maxMegabytes, "exemplar.settings.maxAttachment"), number(minChecks, "exemplar.settings.minChecks"),
                    traitList == null ? TraitList.ARMY : traitList);
        } catch (AppException e) {
            ui.dialogs().error(e);
            return;
        }
        ui.tasks().change(ui.text("exemplar.saving"), progress -> {
            exemplars.saveSettings(typed);
            return exemplars.settings();
        }, saved -> {
            settings.set(saved);
            ui.dialogs().info(ui.text("exemplar.settings.title"), ui.text("exemplar.settings.saved"));
        });
    }

    public void add(ChoiceList list, String name, Runnable done) {
        ui.tasks().change(ui.text("exemplar.saving"), progress -> {
            exemplars.addChoice(list.key, name);
            return exemplars.choices(list.key);
        }, names -> {
            lists.get(list).setAll(names);
            done.run();
        });
    }

    /** Removes a name after the officer confirms; models that carry it keep it (the lists only offer choices). */
    public void remove(ChoiceList list, String name) {
        if (name == null || !ui.dialogs().confirm(ui.text("exemplar.settings.title"), ui.text("exemplar.settings.removeConfirm", name))) {
            return;
        }
        ui.tasks().change(ui.text("exemplar.saving"), progress -> {
            exemplars.removeChoice(list.key, name);
            return exemplars.choices(list.key);
        }, names -> lists.get(list).setAll(names));
    }

    public ObservableList<String> list(ChoiceList list) {
        return lists.get(list);
    }

    public ReadOnlyObjectProperty<ExemplarSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    private static int number(String text, String fieldKey) {
        String clean = text == null ? "" : text.strip();
        try {
            return Integer.parseInt(clean);
        } catch (NumberFormatException e) {
            throw new AppException("exemplar.error.number", new MessageKey(fieldKey), clean);
        }
    }
}
