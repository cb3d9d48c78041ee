package vn.tdkt.scoring.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import vn.tdkt.org.Unit;
import vn.tdkt.scoring.CriteriaSet;
import vn.tdkt.scoring.PeriodKind;
import vn.tdkt.ui.DisplayConverter;
import vn.tdkt.ui.FxDialogs;
import vn.tdkt.ui.UiContext;

/**
 * Mở kỳ chấm điểm: the set, the kind and number of the period, and whom to score: units (companies ticked
 * first) or the people serving in one unit.
 */
final class OpenPeriodDialog {
    private final UiContext ui;
    private final ScoringViewModel model;

    OpenPeriodDialog(UiContext ui, ScoringViewModel model) {
        this.ui = ui;
        this.model = model;
    }

    void show(Window owner) {
        ui.tasks().run(ui.text("scoring.task.load"), p -> model.services().units().all(), units -> ask(owner, units));
    }

    private record Choice(Unit unit, BooleanProperty chosen) {
        @Override
        public String toString() {
            return unit.displayName();
        }
    }

    private void ask(Window owner, List<Unit> units) {
        LocalDate today = LocalDate.now(model.services().clock());
        ComboBox<CriteriaSet> set = new ComboBox<>(model.sets());
        set.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(CriteriaSet s) {
                return s == null ? "" : s.name() + " · " + ui.text("scoring.version", s.version());
            }

            @Override
            public CriteriaSet fromString(String string) {
                return null;
            }
        });
        if (!model.sets().isEmpty()) {
            set.setValue(model.sets().getFirst());
        }
        ComboBox<PeriodKind> kind = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(PeriodKind.values()));
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PeriodKind k) {
                return k == null ? "" : ui.text(k.messageKey());
            }

            @Override
            public PeriodKind fromString(String string) {
                return null;
            }
        });
        kind.setValue(PeriodKind.MONTH);
        Spinner<Integer> year = new Spinner<>(2000, 2100, today.getYear());
        Spinner<Integer> number = new Spinner<>(1, 12, today.getMonthValue());
        kind.valueProperty().addListener((obs, before, after) -> number.setValueFactory(
                new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(1, after.perYear(), 1)));
        List<Choice> choices = units.stream().filter(u -> !u.dissolved())
                .map(u -> new Choice(u, new SimpleBooleanProperty("Đại đội".equals(u.kind())))).toList();
        ListView<Choice> list = new ListView<>(javafx.collections.FXCollections.observableArrayList(choices));
        list.setCellFactory(CheckBoxListCell.forListView(Choice::chosen));
        list.setPrefHeight(260);
        ToggleGroup whom = new ToggleGroup();
        RadioButton forUnits = new RadioButton(ui.text("scoring.open.units"));
        forUnits.setToggleGroup(whom);
        forUnits.setSelected(true);
        RadioButton forPeople = new RadioButton(ui.text("scoring.open.forPeople"));
        forPeople.setToggleGroup(whom);
        ComboBox<Unit> peopleOf = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(choices.stream().map(Choice::unit).toList()));
        peopleOf.setConverter(DisplayConverter.of(Unit::displayName));
        peopleOf.disableProperty().bind(forPeople.selectedProperty().not());
        list.disableProperty().bind(forPeople.selectedProperty());

        GridPane form = new GridPane(8, 8);
        form.addRow(0, new Label(ui.text("scoring.open.set")), set);
        form.addRow(1, new Label(ui.text("scoring.open.kind")), kind);
        form.addRow(2, new Label(ui.text("scoring.open.year")), year);
        form.addRow(3, new Label(ui.text("scoring.open.number")), number);
        form.add(forUnits, 0, 4, 2, 1);
        form.add(list, 0, 5, 2, 1);
        form.addRow(6, forPeople, peopleOf);
        form.setPadding(new Insets(12));
        // The criteria set's full name ("… (MẪU – cần điều chỉnh cho đơn vị) · phiên bản 1") asks more than the theme's
        // 600 px: at 600 the labels beside it were cut to "Bộ tiêu …".
        Dialog<ButtonType> dialog = FxDialogs.wide(new Dialog<>());
        dialog.initOwner(owner);
        dialog.setTitle(ui.text("scoring.action.open"));
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            if (set.getValue() == null) {
                return;
            }
            if (forPeople.isSelected()) {
                // No unit chosen: the service refuses it with its own Vietnamese message.
                model.openPeriodForPeople(set.getValue().id(), kind.getValue(), year.getValue(), number.getValue(),
                        peopleOf.getValue() == null ? null : peopleOf.getValue().id());
            } else {
                List<String> chosen = choices.stream().filter(c -> c.chosen().get()).map(c -> c.unit().id()).toList();
                model.openPeriod(set.getValue().id(), kind.getValue(), year.getValue(), number.getValue(), chosen);
            }
        });
    }
}
