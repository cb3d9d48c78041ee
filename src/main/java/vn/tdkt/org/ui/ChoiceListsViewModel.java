package vn.tdkt.org.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.org.ChoiceList;
import vn.tdkt.org.RosterService;

/** The rank, position and category lists being edited; every change is saved at once. */
final class ChoiceListsViewModel {
    private final RosterService roster;
    private final Map<ChoiceList, ObservableList<String>> lists = new EnumMap<>(ChoiceList.class);

    ChoiceListsViewModel(RosterService roster) {
        this.roster = roster;
        for (ChoiceList list : ChoiceList.values()) {
            lists.put(list, FXCollections.observableArrayList(roster.choices(list)));
        }
    }

    ObservableList<String> items(ChoiceList list) {
        return lists.get(list);
    }

    /** Adds a name at the end; blank or already listed (as {@link RosterService#sameChoice} sees it) is ignored. */
    boolean add(ChoiceList list, String name) {
        if (!roster.addChoice(list, name)) {
            return false;
        }
        items(list).setAll(roster.choices(list));
        return true;
    }

    void remove(ChoiceList list, String name) {
        roster.removeChoice(list, name);
        items(list).setAll(roster.choices(list));
    }

    /** Moves a name one place up (-1) or down (+1); returns its new index. */
    int move(ChoiceList list, int index, int direction) {
        ObservableList<String> items = items(list);
        int target = index + direction;
        if (index < 0 || index >= items.size() || target < 0 || target >= items.size()) {
            return index;
        }
        String moved = items.remove(index);
        items.add(target, moved);
        roster.reorderChoices(list, items);
        return target;
    }
}
