package vn.tdkt.award.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.tdkt.award.CouncilMeeting;
import vn.tdkt.award.Decision;
import vn.tdkt.award.DossierSteps;
import vn.tdkt.award.Proposal;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.ui.UiContext;

/**
 * Tờ trình and Quyết định: from a meeting on record, a Tờ trình per title it passed someone for; from a Tờ trình,
 * the Quyết định with a số sổ vàng per awardee (the next free numbers offered); then the decisions with their
 * awardee count, bonus total at the base salary of their date, signer and rule-set version.
 */
final class DecisionPane {
    private final UiContext ui;
    private final DossierViewModel model;
    private final ObservableList<GoldBookRow> goldBook = FXCollections.observableArrayList();

    DecisionPane(UiContext ui, DossierViewModel model) {
        this.ui = ui;
        this.model = model;
    }

    Node content() {
        ComboBox<CouncilMeeting> meeting = new ComboBox<>(model.meetings());
        meeting.setId("proposal-meeting");
        meeting.setConverter(vn.tdkt.ui.DisplayConverter.of(m -> m == null ? "" : ui.text("award.proposal.meetingLine", m.minutes().number(),
                VietnameseDates.shortForm(m.date()), m.purpose())));
        meeting.setPrefWidth(380);
        ComboBox<String> title = new ComboBox<>();
        title.setId("proposal-title");
        title.setPrefWidth(220);
        meeting.valueProperty().addListener((obs, before, after) -> {
            title.getItems().setAll(after == null ? List.of() : DossierSteps.passedTitles(after));
            title.getSelectionModel().selectFirst();
        });
        DatePicker proposalDate = DatePickers.vietnamese(LocalDate.now());
        proposalDate.setPrefWidth(140);
        proposalDate.setId("proposal-date");
        Button propose = new Button(ui.text("award.action.propose"));
        propose.setId("proposal-create");
        propose.disableProperty().bind(title.valueProperty().isNull());
        propose.setOnAction(e -> model.propose(meeting.getValue(), title.getValue(), proposalDate.getValue()));
        HBox proposeBar = new HBox(8, new Label(ui.text("award.proposal.from")), meeting, title, proposalDate, propose);
        proposeBar.setAlignment(Pos.CENTER_LEFT);
        Fit.labels(proposeBar);

        TableView<Proposal> proposals = new TableView<>(model.proposals());
        proposals.setId("proposal-list");
        proposals.setPlaceholder(new Label(ui.text("award.proposal.none")));
        proposals.setPrefHeight(130);
        proposals.setMinHeight(120);
        proposals.getColumns().setAll(List.of(
                Columns.text(ui.text("award.col.number"), 110, p -> p.letter().number()),
                Columns.text(ui.text("award.col.date"), 100, p -> VietnameseDates.shortForm(p.date())),
                Columns.text(ui.text("award.col.award"), 360, Proposal::award),
                Columns.text(ui.text("award.col.nominees"), 120, p -> Integer.toString(p.nominees().size()))));
        proposals.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            goldBook.setAll(after == null ? List.of() : after.nominees().stream().map(GoldBookRow::new).toList());
            if (after != null) {
                model.suggestGoldBook(after, numbers -> {
                    for (int i = 0; i < numbers.size() && i < goldBook.size(); i++) {
                        goldBook.get(i).numberProperty().set(numbers.get(i));
                    }
                });
            }
        });

        TableView<GoldBookRow> awardees = new TableView<>(goldBook);
        awardees.setId("decision-awardees");
        awardees.setEditable(true);
        awardees.setPlaceholder(new Label(ui.text("award.decision.pickProposal")));
        awardees.setPrefHeight(130);
        awardees.setMinHeight(110);
        TableColumn<GoldBookRow, String> number = new TableColumn<>(ui.text("award.col.goldBook"));
        number.setCellValueFactory(c -> c.getValue().numberProperty());
        number.setCellFactory(TextFieldTableCell.forTableColumn());
        number.setPrefWidth(120);
        awardees.getColumns().setAll(List.of(
                Columns.text(ui.text("award.col.name"), 260, r -> r.nominee().name()),
                Columns.text(ui.text("award.col.unit"), 260, r -> r.nominee().positionAndUnit()),
                number));
        DatePicker decisionDate = DatePickers.vietnamese(LocalDate.now());
        decisionDate.setPrefWidth(140);
        decisionDate.setId("decision-date");
        Button issue = new Button(ui.text("award.action.issue"));
        issue.setId("decision-issue");
        issue.disableProperty().bind(proposals.getSelectionModel().selectedItemProperty().isNull());
        issue.setOnAction(e -> {
            Map<String, String> numbers = new HashMap<>();
            goldBook.forEach(r -> numbers.put(r.nominee().id(), r.numberProperty().get()));
            model.issue(proposals.getSelectionModel().getSelectedItem(), decisionDate.getValue(), numbers);
        });
        HBox issueBar = new HBox(8, new Label(ui.text("award.decision.date")), decisionDate, issue);
        issueBar.setAlignment(Pos.CENTER_LEFT);
        Fit.labels(issueBar);

        TableView<DossierSteps.DecisionLine> decisions = new TableView<>(model.decisions());
        decisions.setId("decision-list");
        decisions.setPlaceholder(new Label(ui.text("award.decision.none")));
        decisions.getColumns().setAll(List.of(
                Columns.text(ui.text("award.col.number"), 110, l -> l.decision().decision().number()),
                Columns.text(ui.text("award.col.date"), 100, l -> VietnameseDates.shortForm(l.decision().date())),
                Columns.text(ui.text("award.col.award"), 260, l -> l.decision().award()),
                Columns.text(ui.text("award.col.awardees"), 90, l -> Integer.toString(l.awardees())),
                Columns.text(ui.text("award.col.bonusTotal"), 140, l -> l.bonusTotal().map(VietnameseNumbers::grouped)
                        .orElse(ui.text("award.decision.noSalary"))),
                Columns.text(ui.text("award.col.signer"), 200, l -> l.decision().signer() == null ? "" : l.decision().signer().rankAndName()),
                Columns.text(ui.text("award.col.ruleSet"), 110, l -> ruleSet(l.decision()))));

        VBox.setVgrow(decisions, javafx.scene.layout.Priority.ALWAYS);
        VBox box = new VBox(8, proposeBar, proposals, new Label(ui.text("award.decision.goldBookHint")), awardees, issueBar,
                new Label(ui.text("award.decision.list")), decisions);
        box.setPadding(new Insets(8));
        return box;
    }

    private String ruleSet(Decision decision) {
        return decision.ruleSet() == null ? ui.text("award.decision.ruleSetUnknown")
                : ui.text("award.decision.ruleSetLine", ui.text("award.ruleSet." + decision.ruleSet().code()), decision.ruleSet().version());
    }
}
