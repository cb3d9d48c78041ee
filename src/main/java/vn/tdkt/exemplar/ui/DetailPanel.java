package vn.tdkt.exemplar.ui;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.tdkt.ui.DisplayConverter;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.exemplar.Completeness;
import vn.tdkt.exemplar.Dossier;
import vn.tdkt.exemplar.Evidence;
import vn.tdkt.exemplar.Exemplar;
import vn.tdkt.exemplar.PlanItems.Check;
import vn.tdkt.exemplar.PlanItems.Milestone;
import vn.tdkt.exemplar.PlanItems.StageChange;
import vn.tdkt.exemplar.PlanItems.SupportKind;
import vn.tdkt.exemplar.Stage;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.ui.UiContext;

/**
 * The chosen model: its profile and checklist, then a section per kind of record — check log, stage
 * move, plan (lộ trình, milestones, mentor, support), tổng kết, nhân rộng, evidence — each with its form.
 */
final class DetailPanel extends VBox {
    private final UiContext ui;
    private final ExemplarBoardModel model;
    private final Forms forms;
    private final Label title = new Label();
    private final Label profile = new Label();
    private final VBox checklist = new VBox(2);
    private final ListView<String> checks = new ListView<>();
    private final ListView<String> history = new ListView<>();
    private final ListView<Milestone> milestones = new ListView<>();
    private final Label plan = new Label();
    private final Label replication = new Label();
    private final TextArea summary = new TextArea();
    private final FlowPane evidence = new FlowPane(8, 8);
    private final ProfileForm profileForm;
    private final Label received = new Label();
    /** What changes a model: disabled for a model received from a subordinate, which stays its sender's. */
    private final List<Node> editing = new ArrayList<>();

    DetailPanel(UiContext ui, ExemplarBoardModel model, Consumer<Consumer<Path>> chooseFile) {
        super(10);
        this.ui = ui;
        this.model = model;
        this.forms = new Forms(ui);
        title.getStyleClass().add("title-4");
        title.setId("detail-title");
        profile.setWrapText(true);
        checks.setPrefHeight(110);
        checks.setId("detail-checks");
        history.setPrefHeight(90);
        milestones.setPrefHeight(90);
        milestones.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Milestone m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : VietnameseDates.shortForm(m.dueOn()) + " · " + m.title() + " · " + m.owner()
                        + (m.doneOn() != null ? " ✓ " + VietnameseDates.shortForm(m.doneOn()) : m.overdue(java.time.LocalDate.now()) ? " — " + ui.text("exemplar.flag.late") : ""));
            }
        });
        plan.setWrapText(true);
        replication.setWrapText(true);
        profileForm = new ProfileForm(ui, model);
        editing.add(profileForm);
        received.setId("detail-received");
        received.setWrapText(true);
        received.getStyleClass().add("warning");
        received.managedProperty().bind(received.visibleProperty());
        received.setVisible(false);
        getChildren().addAll(title, received, profile, checklist,
                forms.section("exemplar.section.profile", profileForm, false),
                forms.section("exemplar.section.checks", checkForm(), true),
                forms.section("exemplar.section.move", moveForm(), true),
                forms.section("exemplar.section.plan", planForm(), false),
                forms.section("exemplar.section.summary", summaryForm(), false),
                forms.section("exemplar.section.replication", replicationForm(), false),
                forms.section("exemplar.section.evidence", evidenceForm(chooseFile), false));
        model.selectionProperty().addListener((o, a, selection) -> show(selection));
    }

    private VBox checkForm() {
        GridPane grid = forms.grid();
        TextField date = forms.date(grid, "check-date", "exemplar.field.checkedOn", model.today());
        TextArea result = forms.area(grid, "check-result", "exemplar.field.result", 2);
        TextField assessment = forms.text(grid, "check-assessment", "exemplar.field.assessment");
        TextField next = forms.text(grid, "check-next", "exemplar.field.nextStep");
        forms.button(grid, "check-save", "exemplar.check.add", () -> model.guard(() -> model.addCheck(date.getText(), result.getText(),
                assessment.getText(), next.getText(), () -> {
                    result.clear();
                    assessment.clear();
                    next.clear();
                })));
        editing.add(grid);
        return new VBox(8, checks, grid);
    }

    private VBox moveForm() {
        GridPane grid = forms.grid();
        ComboBox<Stage> stage = forms.row(grid, "move-stage", "exemplar.field.stage", new ComboBox<>());
        stage.getItems().setAll(Stage.values());
        stage.setConverter(DisplayConverter.of(s -> ui.text(s.messageKey())));
        TextField date = forms.date(grid, "move-date", "exemplar.field.movedOn", model.today());
        TextField note = forms.text(grid, "move-note", "exemplar.field.note");
        note.setPromptText(ui.text("exemplar.move.notePrompt"));
        forms.button(grid, "move-save", "exemplar.move.save", () -> model.guard(() -> model.move(stage.getValue(), date.getText(), note.getText(), note::clear)));
        editing.add(grid);
        return new VBox(8, grid, new Label(ui.text("exemplar.history")), history);
    }

    private VBox planForm() {
        GridPane mentorGrid = forms.grid();
        TextField search = forms.text(mentorGrid, "mentor-search", "exemplar.field.mentorSearch");
        ComboBox<RosterEntry> mentor = forms.row(mentorGrid, "mentor", "exemplar.field.mentor", new ComboBox<>());
        mentor.setConverter(DisplayConverter.of(e -> e.person().fullName() + " — " + e.unitName()));
        search.textProperty().addListener((o, a, text) -> model.findPeople(text, mentor.getItems()::setAll));
        forms.button(mentorGrid, "mentor-save", "exemplar.mentor.save", () -> model.guard(() -> model.setMentor(mentor.getValue())));

        GridPane targetGrid = forms.grid();
        TextField year = forms.text(targetGrid, "target-year", "exemplar.field.year");
        TextField targetTitle = forms.text(targetGrid, "target-title", "exemplar.field.targetTitle");
        forms.button(targetGrid, "target-save", "exemplar.target.add", () -> model.guard(() -> model.putTarget(year.getText(), targetTitle.getText(), targetTitle::clear)));

        GridPane milestoneGrid = forms.grid();
        TextField what = forms.text(milestoneGrid, "milestone-title", "exemplar.field.milestone");
        TextField due = forms.date(milestoneGrid, "milestone-due", "exemplar.field.dueOn", "");
        TextField owner = forms.text(milestoneGrid, "milestone-owner", "exemplar.field.owner");
        forms.button(milestoneGrid, "milestone-save", "exemplar.milestone.add", () -> model.guard(() -> model.addMilestone(what.getText(), due.getText(), owner.getText(), what::clear)));
        Button done = new Button(ui.text("exemplar.milestone.done"));
        done.setOnAction(e -> {
            Milestone chosen = milestones.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                model.guard(() -> model.completeMilestone(chosen.id()));
            }
        });

        GridPane supportGrid = forms.grid();
        TextField given = forms.date(supportGrid, "support-date", "exemplar.field.givenOn", model.today());
        ComboBox<SupportKind> kind = forms.row(supportGrid, "support-kind", "exemplar.field.supportKind", new ComboBox<>());
        kind.getItems().setAll(SupportKind.values());
        kind.setConverter(DisplayConverter.of(k -> ui.text(k.messageKey())));
        TextField description = forms.text(supportGrid, "support-text", "exemplar.field.support");
        forms.button(supportGrid, "support-save", "exemplar.support.add", () -> model.guard(() -> model.addSupport(given.getText(), kind.getValue(), description.getText(), description::clear)));
        editing.addAll(List.of(mentorGrid, targetGrid, done, milestoneGrid, supportGrid));
        return new VBox(8, plan, mentorGrid, targetGrid, milestones, done, milestoneGrid, supportGrid);
    }

    private VBox summaryForm() {
        summary.setId("summary-text");
        summary.setPrefRowCount(6);
        summary.setWrapText(true);
        Button save = new Button(ui.text("exemplar.summary.save"));
        save.setId("summary-save");
        save.setOnAction(e -> model.guard(() -> model.saveSummary(summary.getText(), () -> {
        })));
        editing.add(save);
        return new VBox(8, summary, save);
    }

    private VBox replicationForm() {
        GridPane grid = forms.grid();
        TextField date = forms.date(grid, "replication-date", "exemplar.field.heldOn", model.today());
        TextField event = forms.text(grid, "replication-event", "exemplar.field.event");
        TextField adopted = forms.text(grid, "replication-adopted", "exemplar.field.adoptedBy");
        TextField outcome = forms.text(grid, "replication-outcome", "exemplar.field.outcome");
        forms.button(grid, "replication-save", "exemplar.replication.add", () -> model.guard(() -> model.addReplication(date.getText(), event.getText(),
                adopted.getText(), outcome.getText(), () -> {
                    event.clear();
                    adopted.clear();
                    outcome.clear();
                })));
        GridPane media = forms.grid();
        TextField outlet = forms.text(media, "media-outlet", "exemplar.field.outlet");
        TextField published = forms.date(media, "media-date", "exemplar.field.publishedOn", "");
        TextField mediaTitle = forms.text(media, "media-title", "exemplar.field.mediaTitle");
        forms.button(media, "media-save", "exemplar.media.add", () -> model.guard(() -> model.addMedia(outlet.getText(), published.getText(), mediaTitle.getText(), mediaTitle::clear)));
        editing.addAll(List.of(grid, media));
        return new VBox(8, replication, grid, media);
    }

    private VBox evidenceForm(Consumer<Consumer<Path>> chooseFile) {
        TextField caption = new TextField();
        caption.setPromptText(ui.text("exemplar.evidence.caption"));
        Button attach = new Button(ui.text("exemplar.evidence.attach"));
        attach.setId("evidence-attach");
        attach.setOnAction(e -> chooseFile.accept(file -> model.guard(() -> model.attach(file, caption.getText(), caption::clear))));
        editing.addAll(List.of(caption, attach));
        return new VBox(8, evidence, caption, attach);
    }

    private void show(ExemplarBoardModel.Selection selection) {
        if (selection == null) {
            return;
        }
        Dossier d = selection.dossier();
        Exemplar e = d.exemplar();
        title.setText(e.subjectName());
        profile.setText(String.join("\n",
                ui.text("exemplar.detail.where", e.unitName(), e.field()),
                ui.text("exemplar.detail.stage", ui.text(e.stage().messageKey()), VietnameseDates.shortForm(e.stageOn())),
                ui.text("exemplar.detail.discovered", e.discoveredBy(), VietnameseDates.shortForm(e.discoveredOn())),
                e.reason(),
                e.traits().isEmpty() ? "" : String.join(" · ", e.traits())).strip());
        profileForm.show(e, model.optionsProperty().get());
        checklist.getChildren().setAll(selection.completeness().items().stream().map(this::checkItem).toList());
        Button ready = new Button(ui.text("exemplar.ready.mark"));
        ready.setId("detail-ready");
        ready.setDisable(!selection.completeness().complete() || e.readyOn() != null || selection.received());
        ready.setOnAction(ev -> model.guard(model::markReady));
        checklist.getChildren().add(ready);
        checks.getItems().setAll(d.checks().reversed().stream().map(DetailPanel::checkLine).toList());
        checks.setPlaceholder(new Label(ui.text("exemplar.checks.empty")));
        history.getItems().setAll(d.history().stream().map(this::historyLine).toList());
        milestones.getItems().setAll(d.milestones());
        plan.setText(String.join("\n", ui.text("exemplar.detail.mentor", e.mentorName() == null ? "—" : e.mentorName()),
                ui.text("exemplar.detail.targets", d.targets().isEmpty() ? "—"
                        : String.join("; ", d.targets().stream().map(t -> t.year() + ": " + t.title()).toList())),
                ui.text("exemplar.detail.support", d.support().size())));
        summary.setText(e.summary() == null ? "" : e.summary());
        replication.setText(d.replications().isEmpty() ? ui.text("exemplar.replication.none")
                : String.join("\n", d.replications().stream().map(r -> VietnameseDates.shortForm(r.heldOn()) + " · " + r.event()
                        + (r.adoptedBy() == null ? "" : " · " + r.adoptedBy())).toList()));
        evidence.getChildren().setAll(d.evidence().stream().map(this::thumbnail).toList());
        received.setVisible(selection.received());
        received.setText(selection.received() ? ui.text("exemplar.received.detail", selection.receivedFrom()) : "");
        editing.forEach(node -> node.setDisable(selection.received()));
        summary.setEditable(!selection.received());
    }

    private Label checkItem(Completeness.Item item) {
        Label label = new Label((item.met() ? "✓ " : "✗ ") + ui.text(item.messageKey(), item.count(), item.needed()));
        label.getStyleClass().add(item.met() ? "success" : "danger");
        return label;
    }

    private static String checkLine(Check c) {
        return VietnameseDates.shortForm(c.checkedOn()) + " · " + c.result() + (c.assessment() == null ? "" : " · " + c.assessment())
                + (c.nextStep() == null ? "" : " → " + c.nextStep());
    }

    private String historyLine(StageChange c) {
        return VietnameseDates.shortForm(c.on()) + " · " + (c.from() == null ? "" : ui.text(c.from().messageKey()) + " → ")
                + ui.text(c.to().messageKey()) + (c.note() == null ? "" : " · " + c.note());
    }

    private VBox thumbnail(Evidence item) {
        ImageView view = new ImageView();
        view.setFitWidth(96);
        view.setFitHeight(72);
        view.setPreserveRatio(true);
        ui.tasks().run(ui.text("exemplar.loading"), progress -> model.thumbnail(item), bytes -> {
            if (bytes != null) {
                view.setImage(new Image(new ByteArrayInputStream(bytes)));
            }
        });
        Label caption = new Label(item.pdf() ? "PDF · " + caption(item) : caption(item));
        caption.setWrapText(true);
        caption.setMaxWidth(110);
        VBox box = new VBox(2, view, caption);
        box.setPrefWidth(110);
        return box;
    }

    private static String caption(Evidence e) {
        return e.caption() == null ? e.fileName() : e.caption();
    }
}
