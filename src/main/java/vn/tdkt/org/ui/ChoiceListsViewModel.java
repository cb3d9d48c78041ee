package vn.tdkt.org.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.org.ChoiceList;
import vn.tdkt.org.RosterService;
import vn.tdkt.ui.UiContext;

/** The rank, position and category lists being edited; every change is saved at once, off the FX thread. */
final class ChoiceListsViewModel {
    private final UiContext ui;
    private final RosterService roster;
    private final Map<ChoiceList, ObservableList<String>> lists = new EnumMap<>(ChoiceList.class);

    ChoiceListsViewModel(UiContext ui, RosterService roster) {
        this.ui = ui;
        this.roster = roster;
        for (ChoiceList list : ChoiceList.values()) {
            lists.put(list, FXCollections.observableArrayList());
        }
    }

    /** Reads the three lists. */
    void load() {
        ui.tasks().run(ui.text("choices.loading"), progress -> {
            Map<ChoiceList, List<String>> read = new EnumMap<>(ChoiceList.class);
            for (ChoiceList list : ChoiceList.values()) {
                read.put(list, roster.choices(list));
            }
            return read;
        }, read -> read.forEach((list, names) -> items(list).setAll(names)));
    }

    ObservableList<String> items(ChoiceList list) {
        return lists.get(list);
    }

    /**
     * Adds a name at the end; blank or already listed (as {@link RosterService#sameChoice} sees it) is
     * ignored; {@code added} runs when it was added.
     */
    void add(ChoiceList list, String name, Runnable added) {
        ui.tasks().run(ui.text("choices.saving"), progress -> roster.addChoice(list, name) ? roster.choices(list) : null, names -> {
            if (names != null) {
                items(list).setAll(names);
                added.run();
            }
        });
    }

    void remove(ChoiceList list, String name) {
        ui.tasks().run(ui.text("choices.saving"), progress -> {
            roster.removeChoice(list, name);
            return roster.choices(list);
        }, names -> items(list).setAll(names));
    }

    /** Moves a name one place up (-1) or down (+1) at once and saves the order; returns its new index. */
    int move(ChoiceList list, int index, int direction) {
        ObservableList<String> items = items(list);
        int target = index + direction;
        if (index < 0 || index >= items.size() || target < 0 || target >= items.size()) {
            return index;
        }
        String moved = items.remove(index);
        items.add(target, moved);
        List<String> order = List.copyOf(items);
        ui.tasks().run(ui.text("choices.saving"), progress -> {
            roster.reorderChoices(list, order);
            return order;
        }, saved -> { });
        return target;
    }
}
