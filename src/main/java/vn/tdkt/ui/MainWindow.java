package vn.tdkt.ui;

import impl.org.controlsfx.skin.DecorationPane;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The shell: navigation on the left, the page (title, actions, body) in the middle, the status bar below.
 * Only the page shown exists: opening a page builds it, opening another lets the first go (after its
 * {@link Page#canLeave()}), so the memory of the window is that of one page, however many were visited.
 */
public final class MainWindow {
    private final UiContext ui;
    private final List<NavigationEntry> entries;
    private final BorderPane root = new BorderPane();
    /**
     * A column of toggles, not a ListView: ten fixed lines need no virtualised list, and measuring and styling the
     * list's cells was half the work of showing the first window.
     */
    private final VBox navigation = new VBox();
    private final ToggleGroup navigationGroup = new ToggleGroup();
    private final Label title = new Label();
    private final HBox actions = new HBox(8);
    private final StackPane body = new StackPane();
    private final StatusBar statusBar;
    private NavigationEntry currentEntry;
    private Page current;
    private boolean switching;
    private final HeapTrim heapTrim = new HeapTrim();

    public MainWindow(UiContext ui, List<NavigationEntry> entries, StatusBar statusBar) {
        this.ui = ui;
        this.entries = List.copyOf(entries);
        this.statusBar = statusBar;
        buildNavigation();
        title.getStyleClass().add("title-3");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, actions);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("page-header");
        header.setPadding(new Insets(12, 16, 12, 16));
        actions.setAlignment(Pos.CENTER_RIGHT);
        body.getStyleClass().add("page-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        root.setCenter(new VBox(header, body));
        root.setLeft(navigation);
        root.setBottom(statusBar);
        root.getStyleClass().add("main-window");
        showOpening();
    }

    /**
     * Until the data folder is open (the window shows while it opens): the navigation drawn but not usable, and in the
     * page's place what the window waits for.
     */
    private void showOpening() {
        navigation.setDisable(true);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        VBox opening = new VBox(12, spinner, new Label(ui.text("startup.opening")));
        opening.setAlignment(Pos.CENTER);
        body.getChildren().setAll(opening);
    }

    private void buildNavigation() {
        navigation.getStyleClass().add("navigation");
        navigation.setPrefWidth(230);
        for (NavigationEntry entry : entries) {
            FontIcon icon = new FontIcon(entry.icon());
            icon.getStyleClass().add("nav-icon");
            ToggleButton line = new ToggleButton(ui.text(entry.titleKey()), icon);
            line.getStyleClass().add("nav-item");
            line.setUserData(entry);
            line.setToggleGroup(navigationGroup);
            line.setMaxWidth(Double.MAX_VALUE);
            line.setAlignment(Pos.CENTER_LEFT);
            navigation.getChildren().add(line);
        }
        navigationGroup.selectedToggleProperty().addListener((obs, before, after) -> {
            if (switching) {
                return;
            }
            if (after == null) {
                // A click on the line already chosen leaves it chosen.
                select(currentEntry);
            } else {
                open((NavigationEntry) after.getUserData());
            }
        });
    }

    /**
     * Puts the window's content in a scene and installs the window-wide keys. The content sits in ControlsFX's
     * decoration pane from the start: a page's first validated field would otherwise move the whole content under a
     * new root while it is shown, and during that move JavaFX re-styles the tables before the theme's looked-up
     * colours are reachable ("Caught ClassCastException … '.table-view .column-overlay'" or '… .column-header' on the log).
     */
    public Scene createScene(double width, double height) {
        DecorationPane decorations = new DecorationPane();
        decorations.setRoot(root);
        Scene scene = new Scene(decorations, width, height);
        scene.getStylesheets().add(Theme.appStylesheet());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::refresh);
        return scene;
    }

    /** The navigation's lines, in order. */
    public List<NavigationEntry> pages() {
        return entries;
    }

    public Optional<Page> currentPage() {
        return Optional.ofNullable(current);
    }

    /** The navigation line of the page shown. */
    public Optional<NavigationEntry> currentEntry() {
        return Optional.ofNullable(currentEntry);
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    public Node root() {
        return root;
    }

    /**
     * Shows the page with this id (the first page when unknown), as a click in the navigation would: the
     * page shown is asked first and may keep the window. Returns whether that page is now the one shown.
     */
    public boolean show(String pageId) {
        NavigationEntry entry = entries.stream().filter(p -> p.id().equals(pageId)).findFirst().orElse(entries.getFirst());
        return open(entry);
    }

    /** The one way pages change: the page shown may refuse to leave, and the navigation follows what is shown. */
    private boolean open(NavigationEntry entry) {
        if (entry != currentEntry) {
            if (current != null && !current.canLeave()) {
                select(currentEntry);
                return false;
            }
            display(entry);
        }
        select(entry);
        return true;
    }

    private void select(NavigationEntry entry) {
        switching = true;
        try {
            navigationGroup.getToggles().stream().filter(line -> line.getUserData() == entry).findFirst()
                    .ifPresentOrElse(line -> line.setSelected(true), () -> navigationGroup.selectToggle(null));
        } finally {
            switching = false;
        }
    }

    private void display(NavigationEntry entry) {
        Scene scene = root.getScene();
        if (scene != null && current != null) {
            current.shortcuts().keySet().forEach(scene.getAccelerators()::remove);
        }
        // The page left is dropped here with its nodes and view model; it is built anew when opened again.
        boolean left = current != null;
        current = null;
        body.getChildren().clear();
        actions.getChildren().clear();
        Page page = entry.factory().apply(ui);
        navigation.setDisable(false);
        currentEntry = entry;
        current = page;
        title.setText(ui.text(entry.titleKey()));
        List<Button> buttons = page.actions();
        if (!buttons.isEmpty()) {
            buttons.getFirst().getStyleClass().add("accent");
        }
        actions.getChildren().setAll(buttons);
        body.getChildren().setAll(page.content());
        if (scene != null) {
            scene.getAccelerators().putAll(page.shortcuts());
        }
        page.refresh();
        if (left) {
            heapTrim.request();
        }
    }

    public void refresh() {
        if (current != null) {
            current.refresh();
        }
        statusBar.refresh();
    }
}
