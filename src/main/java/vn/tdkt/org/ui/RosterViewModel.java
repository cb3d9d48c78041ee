package vn.tdkt.org.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
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
import javafx.util.Duration;
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
 * the unit or filters runs one query off the FX thread, and typing does once the keys pause; the
 * table gets its first page at once and the rest in the background; an answer to an older query is
 * dropped. Every database call, unit edits included, runs through the task runner.
 */
public final class RosterViewModel {
    /** How long the keys must rest before a search starts: a fast typist starts one query, not one per key. */
    static final Duration TYPING_PAUSE = Duration.millis(250);

    private final UiContext ui;
    private final OrgServices services;
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
    private final PauseTransition typing;
    private long generation;
    private String letterheadCode = "";

    public RosterViewModel(UiContext ui, OrgServices services, RosterExporter exporter) {
        this(ui, services, exporter, TYPING_PAUSE);
    }

    /** {@code typingPause} zero searches at every change (view model tests run without the FX toolkit). */
    RosterViewModel(UiContext ui, OrgServices services, RosterExporter exporter, Duration typingPause) {
        this.ui = ui;
        this.services = services;
        this.exporter = exporter;
        this.roster = services.roster();
        this.units = services.units();
        if (typingPause.greaterThan(Duration.ZERO)) {
            typing = new PauseTransition(typingPause);
            typing.setOnFinished(e -> search());
            search.addListener((obs, before, after) -> typing.playFromStart());
        } else {
            typing = null;
            search.addListener((obs, before, after) -> search());
        }
        rank.addListener((obs, before, after) -> search());
        category.addListener((obs, before, after) -> search());
        includeLeft.addListener((obs, before, after) -> search());
        selectedUnit.addListener((obs, before, after) -> search());
    }

    /** The unit tree and the choice lists as read together. */
    private record Lists(List<UnitNode> tree, List<String> ranks, List<String> categories, List<String> positions,
                         String letterheadCode) {
    }

    /** Reloads the unit tree and the choice lists off the FX thread, then searches again. */
    public void load() {
        load(() -> { });
    }

    private void load(Runnable then) {
        ui.tasks().run(ui.text("roster.loading"), progress -> new Lists(units.tree(), roster.choices(ChoiceList.RANK),
                roster.choices(ChoiceList.CATEGORY), roster.choices(ChoiceList.POSITION), services.settings().letterhead().shortCode()),
                lists -> {
                    letterheadCode = lists.letterheadCode();
                    unitTree.setAll(lists.tree());
                    ranks.setAll(lists.ranks());
                    categories.setAll(lists.categories());
                    positions.setAll(lists.positions());
                    Unit selected = selectedUnit.get();
                    if (selected != null) {
                        selectedUnit.set(unitTree.stream().map(UnitNode::unit).filter(u -> u.id().equals(selected.id())).findFirst().orElse(null));
                    }
                    search();
                    then.run();
                });
    }

    /** Searches now: the first page the table shows, then the rest in the background. */
    public void search() {
        if (typing != null) {
            typing.stop();
        }
        Unit unit = selectedUnit.get();
        RosterQuery query = new RosterQuery(search.get(), unit == null ? null : unit.id(), rank.get(), category.get(), includeLeft.get());
        long asked = ++generation;
        ui.tasks().run(ui.text("roster.searching"), progress -> roster.page(query, 0, RosterService.FIRST_PAGE), first -> {
            if (asked != generation) {
                return;
            }
            people.setAll(first);
            placeholder.set(ui.text(unitTree.isEmpty() ? "roster.empty.noUnits"
                    : query.text().isBlank() && query.rank() == null && query.category() == null ? "roster.empty.noPeople" : "roster.empty.noMatch"));
            if (first.size() < RosterService.FIRST_PAGE) {
                summary.set(ui.text("roster.summary", VietnameseNumbers.grouped(first.size())));
                return;
            }
            summary.set(ui.text("roster.summary.more", VietnameseNumbers.grouped(first.size())));
            ui.tasks().run(ui.text("roster.loadingRest"), progress -> roster.page(query, RosterService.FIRST_PAGE, Integer.MAX_VALUE), rest -> {
                if (asked == generation) {
                    people.addAll(rest);
                    summary.set(ui.text("roster.summary", VietnameseNumbers.grouped(people.size())));
                }
            });
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

    /** Adds a unit, selects it and reloads; {@code added} gets it once the tree shows it. */
    public void addUnit(Unit parent, String code, String name, String shortName, String kind, Consumer<Unit> added) {
        ui.tasks().run(ui.text("unit.saving"), progress -> units.add(parent == null ? null : parent.id(), code, name, shortName, kind),
                unit -> load(() -> {
                    selectedUnit.set(unit);
                    added.accept(unit);
                }));
    }

    public void updateUnit(Unit changed) {
        ui.tasks().run(ui.text("unit.saving"), progress -> {
            units.update(changed);
            return changed;
        }, done -> load());
    }

    public void moveUnit(Unit unit, Unit newParent) {
        ui.tasks().run(ui.text("unit.saving"), progress -> {
            units.move(unit.id(), newParent == null ? null : newParent.id());
            return unit;
        }, done -> load());
    }

    /** Dissolves after the officer confirms; the question says how many people stay on its roster. */
    public void dissolveUnit(Unit unit) {
        ui.tasks().run(ui.text("unit.saving"), progress -> roster.count(RosterQuery.ALL.inUnit(unit.id())), count -> {
            if (ui.dialogs().confirm(ui.text("unit.dissolve.title"), ui.text("unit.dissolve.confirm", unit.name(), count))) {
                ui.tasks().run(ui.text("unit.saving"), progress -> {
                    units.dissolve(unit.id(), roster.today());
                    return unit;
                }, done -> load());
            }
        });
    }

    /** The letterhead's short code as last loaded, for naming an export of the whole roster. */
    public String letterheadCode() {
        return letterheadCode;
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
