package vn.tdkt.org.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.org.OrgServices;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.org.ChoiceList;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.RosterExporter;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitNode;
import vn.tdkt.org.UnitService;
import vn.tdkt.ui.UiContext;

/**
 * State of "Đơn vị &amp; quân số": the unit tree, the filters and the people found. Every change of
 * the search text, unit or filters runs one query off the FX thread; an answer to an older query is dropped.
 */
public final class RosterViewModel {
    private final UiContext ui;
    private final RosterExporter exporter;
    private final RosterService roster;
    private final UnitService units;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<String> rank = new SimpleObjectProperty<>();
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final BooleanProperty includeLeft = new SimpleBooleanProperty(false);
    private final ObjectProperty<Unit> selectedUnit = new SimpleObjectProperty<>();
    private final ObservableList<UnitNode> unitTree = FXCollections.observableArrayList();
    private final ObservableList<RosterEntry> people = FXCollections.observableArrayList();
    private final ObservableList<String> ranks = FXCollections.observableArrayList();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<String> positions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private long generation;

    public RosterViewModel(UiContext ui, OrgServices services, RosterExporter exporter) {
        this.ui = ui;
        this.roster = services.roster();
        this.units = services.units();
        this.exporter = exporter;
        search.addListener((obs, before, after) -> search());
        rank.addListener((obs, before, after) -> search());
        category.addListener((obs, before, after) -> search());
        includeLeft.addListener((obs, before, after) -> search());
        selectedUnit.addListener((obs, before, after) -> search());
    }

    /** Reloads the unit tree and the choice lists, then searches again. */
    public void load() {
        unitTree.setAll(units.tree());
        ranks.setAll(roster.choices(ChoiceList.RANK));
        categories.setAll(roster.choices(ChoiceList.CATEGORY));
        positions.setAll(roster.choices(ChoiceList.POSITION));
        Unit selected = selectedUnit.get();
        if (selected != null) {
            selectedUnit.set(unitTree.stream().map(UnitNode::unit).filter(u -> u.id().equals(selected.id())).findFirst().orElse(null));
        }
        search();
    }

    public void search() {
        Unit unit = selectedUnit.get();
        RosterQuery query = new RosterQuery(search.get(), unit == null ? null : unit.id(), rank.get(), category.get(), includeLeft.get());
        long asked = ++generation;
        ui.tasks().run(ui.text("roster.searching"), progress -> roster.search(query), found -> {
            if (asked == generation) {
                people.setAll(found);
                summary.set(ui.text("roster.summary", VietnameseNumbers.grouped(found.size())));
                placeholder.set(ui.text(unitTree.isEmpty() ? "roster.empty.noUnits"
                        : query.text().isBlank() && query.rank() == null && query.category() == null ? "roster.empty.noPeople" : "roster.empty.noMatch"));
            }
        });
    }

    /** Exports the people shown (the selected unit's subtree and filters) to an .xlsx file. */
    public void export(Path file, Runnable done) {
        List<RosterEntry> shown = List.copyOf(people);
        ui.tasks().run(ui.text("roster.export.running"), progress -> {
            exporter.write(file, shown, progress);
            return shown.size();
        }, count -> {
            ui.dialogs().info(ui.text("roster.export.title"), ui.text("cli.roster.exported", count, file));
            done.run();
        });
    }

    public Unit addUnit(Unit parent, String code, String name, String shortName, String kind) {
        Unit unit = units.add(parent == null ? null : parent.id(), code, name, shortName, kind);
        load();
        return unit;
    }

    public void updateUnit(Unit changed) {
        units.update(changed);
        load();
    }

    public void moveUnit(Unit unit, Unit newParent) {
        units.move(unit.id(), newParent == null ? null : newParent.id());
        load();
    }

    /** Dissolves after the officer confirms; the text says what happens to the people. */
    public boolean dissolveUnit(Unit unit) {
        int count = roster.search(RosterQuery.ALL.inUnit(unit.id())).size();
        if (!ui.dialogs().confirm(ui.text("unit.dissolve.title"), ui.text("unit.dissolve.confirm", unit.name(), count))) {
            return false;
        }
        units.dissolve(unit.id(), roster.today());
        load();
        return true;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<String> rankProperty() {
        return rank;
    }

    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    public BooleanProperty includeLeftProperty() {
        return includeLeft;
    }

    public ObjectProperty<Unit> selectedUnitProperty() {
        return selectedUnit;
    }

    public ObservableList<UnitNode> unitTree() {
        return unitTree;
    }

    public ObservableList<RosterEntry> people() {
        return people;
    }

    public ObservableList<String> ranks() {
        return ranks;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ObservableList<String> positions() {
        return positions;
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
