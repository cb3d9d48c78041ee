package vn.tdkt.plan.ui;

import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.tdkt.plan.PlanServices;
import vn.tdkt.ui.Page;
import vn.tdkt.ui.UiContext;

/**
 * Kế hoạch thi đua: the working year at the top, then tabs for the plan with its movements on a
 * timeline, the targets and their progress, registrations with coverage per unit, and blocks with pledges.
 */
public final class PlanPage implements Page {
    private final UiContext ui;
    private final PlanViewModel model;
    private final RegistrationViewModel registrations;
    private final Button save = new Button();
    private final Button copy = new Button();
    private final TabPane tabs = new TabPane();

    public PlanPage(UiContext ui, PlanServices plan) {
        this.ui = ui;
        this.model = new PlanViewModel(ui, plan);
        this.registrations = new RegistrationViewModel(ui, plan);
        registrations.yearProperty().bind(model.yearProperty());
        registrations.yearProperty().addListener((obs, before, after) -> registrations.load());
        save.setId("plan-save");
        save.setText(ui.text("plan.action.save"));
        save.setGraphic(new FontIcon(Material2MZ.SAVE));
        save.setOnAction(e -> savePlan());
        copy.setId("plan-copy");
        copy.setText(ui.text("plan.action.copy"));
        copy.setGraphic(new FontIcon(Material2AL.CONTENT_COPY));
        copy.setOnAction(e -> guarded(() -> model.copyPreviousYear(() -> { })));
        copy.disableProperty().bind(model.hasPlanProperty());
    }

    @Override
    public List<Button> actions() {
        return List.of(save, copy);
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::savePlan);
    }

    @Override
    public Node content() {
        ComboBox<Integer> year = new ComboBox<>(model.years());
        year.setId("plan-year");
        year.valueProperty().bindBidirectional(model.yearProperty());
        Label yearLabel = new Label(ui.text("plan.year"));
        yearLabel.setLabelFor(year);
        Label status = new Label();
        status.setId("plan-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        HBox top = new HBox(8, yearLabel, year, status);
        top.setAlignment(Pos.CENTER_LEFT);

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(
                tab("plan-tab-plan", "plan.tab.plan", new PlanFormPane(model, this::guarded)),
                tab("plan-tab-targets", "plan.tab.targets", new TargetsPane(model, this::guarded)),
                tab("plan-tab-registrations", "plan.tab.registrations", new RegistrationsPane(registrations, model.units(), this::guarded)),
                tab("plan-tab-blocks", "plan.tab.blocks", new BlocksPane(model, this::guarded)));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox box = new VBox(8, top, tabs);
        box.setPadding(new Insets(0, 4, 0, 4));
        box.getStylesheets().add(PlanPage.class.getResource("/ui/plan.css").toExternalForm());
        return box;
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(ui.text(key), content);
        tab.setId(id);
        return tab;
    }

    private void savePlan() {
        guarded(() -> model.savePlan(() -> { }));
    }

    /** Runs an action of the page; a refusal (a bad date, a broken rule) goes to the error dialog. */
    void guarded(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            ui.dialogs().error(e);
        }
    }

    @Override
    public void refresh() {
        model.load();
        registrations.load();
    }
}
