package vn.tdkt.award.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.tdkt.award.BallotCheck;
import vn.tdkt.award.CouncilMeeting;
import vn.tdkt.award.MeetingDraft;
import vn.tdkt.award.MeetingWording;
import vn.tdkt.award.Status;
import vn.tdkt.award.TitleResult;
import vn.tdkt.award.Vote;
import vn.tdkt.core.AppException;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.ui.UiContext;

/**
 * Họp Hội đồng: the title chosen under "Xét danh hiệu" puts its qualifying candidates on the ballot; the officer
 * types the meeting (date, hours, venue, chair, secretary, members present and absent with written votes) and the
 * votes in favour, sees each result against the rule's share of the whole council as they type, and records the
 * Biên bản. Its purpose, content and conclusion start as the standing wording for the title and year and are the
 * officer's to change; a part the officer has not touched follows a change of title or year. The meetings on record
 * are listed below.
 */
final class CouncilPane {
    private final UiContext ui;
    private final DossierViewModel model;
    private final ObjectProperty<TitleResult> title;
    private final ObservableList<BallotRow> ballot = FXCollections.observableArrayList();
    private final TextField members = field("council-members", "9");
    private final Label heading = new Label();
    private final DatePicker date = DatePickers.vietnamese(LocalDate.now());
    private final TextField purpose = field("council-purpose", "");
    private final TextArea discussion = area("council-discussion");
    private final TextArea conclusion = area("council-conclusion");
    /** The wording last proposed: a field still holding it has not been edited, so a new proposal may replace it. */
    private MeetingWording proposed;

    CouncilPane(UiContext ui, DossierViewModel model, ObjectProperty<TitleResult> title) {
        this.ui = ui;
        this.model = model;
        this.title = title;
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        return field;
    }

    private static TextArea area(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(2);
        area.setPrefColumnCount(20);
        area.setWrapText(true);
        return area;
    }

    Node content() {
        heading.setId("council-title");
        heading.setStyle("-fx-font-weight: bold");
        title.addListener((obs, before, after) -> showTitle(after));
        date.valueProperty().addListener((obs, before, after) -> proposeWording());
        showTitle(title.get());
        date.setId("council-date");
        TextField start = field("council-start", "08:00");
        TextField end = field("council-end", "11:00");
        TextField venue = field("council-venue", "");
        TextField chair = field("council-chair", "");
        TextField secretary = field("council-secretary", "");
        TextField present = field("council-present", "9");
        TextField written = field("council-written", "0");
        TextField absence = field("council-absence", "");
        absence.setPromptText(ui.text("award.council.absencePrompt"));
        for (TextField f : List.of(start, end, members, present, written)) {
            f.setPrefColumnCount(5);
        }
        members.textProperty().addListener((obs, before, after) -> ballot.forEach(this::judge));
        GridPane form = new GridPane(8, 6);
        date.setPrefWidth(150);
        form.addRow(0, new Label(ui.text("award.council.date")), date, new Label(ui.text("award.council.start")), start,
                new Label(ui.text("award.council.end")), end);
        form.addRow(1, new Label(ui.text("award.council.venue")), venue, new Label(ui.text("award.council.chair")), chair,
                new Label(ui.text("award.council.secretary")), secretary);
        form.addRow(2, new Label(ui.text("award.council.members")), members, new Label(ui.text("award.council.present")), present,
                new Label(ui.text("award.council.written")), written);
        form.addRow(3, new Label(ui.text("award.council.absence")), absence, new Label(ui.text("award.council.purpose")), purpose);
        GridPane.setColumnSpan(purpose, 3);
        // The Biên bản's parts II and IV side by side, each as wide as half the form: the ballot below keeps its room.
        Label discussionLabel = new Label(ui.text("award.council.discussion"));
        Label conclusionLabel = new Label(ui.text("award.council.conclusion"));
        HBox wordingRow = new HBox(8, discussionLabel, discussion, conclusionLabel, conclusion);
        HBox.setHgrow(discussion, Priority.ALWAYS);
        HBox.setHgrow(conclusion, Priority.ALWAYS);
        Fit.labels(wordingRow);
        form.add(wordingRow, 0, 4, 6, 1);
        Fit.labels(form);

        TableView<BallotRow> table = new TableView<>(ballot);
        table.setId("council-ballot");
        table.setEditable(true);
        table.setPlaceholder(new Label(ui.text("award.council.noneQualify")));
        TableColumn<BallotRow, String> name = new TableColumn<>(ui.text("award.col.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().candidate().name()));
        name.setPrefWidth(240);
        TableColumn<BallotRow, String> unit = new TableColumn<>(ui.text("award.col.unit"));
        unit.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().candidate().unitName()));
        unit.setPrefWidth(200);
        TableColumn<BallotRow, String> agree = new TableColumn<>(ui.text("award.council.agree"));
        agree.setCellValueFactory(c -> c.getValue().agreeProperty());
        agree.setCellFactory(TextFieldTableCell.forTableColumn());
        agree.setPrefWidth(140);
        TableColumn<BallotRow, String> result = new TableColumn<>(ui.text("award.council.result"));
        result.setCellValueFactory(c -> c.getValue().resultProperty());
        result.setPrefWidth(380);
        table.getColumns().setAll(List.of(name, unit, agree, result));
        VBox.setVgrow(table, Priority.ALWAYS);
        // Room for a few ballot lines however small the window: below that the tab scrolls rather than squeezing them away.
        table.setMinHeight(150);

        Button record = new Button(ui.text("award.action.recordMeeting"), new FontIcon(Material2MZ.SAVE));
        record.setId("council-record");
        record.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        record.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(ballot));
        record.setOnAction(e -> {
            try {
                MeetingDraft draft = new MeetingDraft(date.getValue(), time(start.getText()), time(end.getText()), venue.getText(), chair.getText(),
                        secretary.getText(), count(members.getText()), count(present.getText()), count(written.getText()), absence.getText());
                Map<String, Integer> votes = new HashMap<>();
                for (BallotRow row : ballot) {
                    if (!row.agreeProperty().get().isBlank()) {
                        votes.put(row.candidate().id(), count(row.agreeProperty().get()));
                    }
                }
                MeetingWording wording = MeetingWording.typed(purpose.getText(), discussion.getText(), conclusion.getText());
                model.holdMeeting(title.get(), draft, wording, votes, () -> ballot.forEach(r -> r.agreeProperty().set("")));
            } catch (AppException bad) {
                ui.dialogs().error(bad);
            }
        });

        TableView<CouncilMeeting> held = new TableView<>(model.meetings());
        held.setId("council-meetings");
        held.setPlaceholder(new Label(ui.text("award.council.noMeetings")));
        held.setPrefHeight(140);
        held.setMinHeight(120);
        held.getColumns().setAll(List.of(
                Columns.text(ui.text("award.col.number"), 110, m -> m.minutes().number()),
                Columns.text(ui.text("award.col.date"), 100, m -> VietnameseDates.shortForm(m.date())),
                Columns.text(ui.text("award.col.purpose"), 360, CouncilMeeting::purpose),
                Columns.text(ui.text("award.council.passedCol"), 140, m -> ui.text("award.council.passedOf",
                        m.votes().stream().filter(Vote::passed).count(), m.votes().size()))));

        VBox box = new VBox(8, heading, form, table, record, new Label(ui.text("award.council.held")), held);
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return scroll;
    }

    private void showTitle(TitleResult result) {
        ballot.setAll(result == null ? List.of() : result.verdicts().stream().filter(v -> v.status() == Status.QUALIFIES)
                .map(v -> {
                    BallotRow row = new BallotRow(v.candidate());
                    row.agreeProperty().addListener((obs, before, after) -> judge(row));
                    return row;
                }).toList());
        heading.setText(result == null ? ui.text("award.council.pickTitle")
                : ui.text("award.council.heading", result.rule().name(), result.qualifying(),
                        result.rule().voteThreshold() == null ? "—" : VietnameseNumbers.decimal(result.rule().voteThreshold(), 2)));
        proposeWording();
    }

    /** The standing wording for the title and year, into each part the officer has left as last proposed (or empty). */
    private void proposeWording() {
        if (title.get() == null || date.getValue() == null) {
            return;
        }
        MeetingWording next = MeetingWording.proposed(title.get().rule(), date.getValue().getYear());
        MeetingWording last = proposed;
        replaceUntouched(purpose, last == null ? null : last.purpose(), next.purpose());
        replaceUntouched(discussion, last == null ? null : last.discussionText(), next.discussionText());
        replaceUntouched(conclusion, last == null ? null : last.conclusion(), next.conclusion());
        proposed = next;
    }

    private static void replaceUntouched(TextInputControl field, String lastProposed, String next) {
        if (field.getText().isBlank() || field.getText().equals(lastProposed)) {
            field.setText(next);
        }
    }

    /** The verdict of one line as typed, against the rule's share of the whole membership. */
    private void judge(BallotRow row) {
        String typed = row.agreeProperty().get();
        if (typed.isBlank() || title.get() == null) {
            row.resultProperty().set("");
            return;
        }
        try {
            BallotCheck check = BallotCheck.of(title.get().rule(), count(members.getText()), count(typed));
            row.resultProperty().set(ui.text(check.passed() ? "award.council.passed" : "award.council.failed",
                    VietnameseNumbers.decimal(check.percent(), 1), VietnameseNumbers.decimal(check.threshold(), 2)));
        } catch (AppException bad) {
            row.resultProperty().set(ui.messages().describe(bad));
        }
    }

    private static int count(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new AppException(e, "award.error.count", text);
        }
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeParseException e) {
            throw new AppException(e, "award.error.meetingTime");
        }
    }
}
