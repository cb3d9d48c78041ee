package vn.tdkt.plan.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.plan.Movement;
import vn.tdkt.ui.UiContext;

/**
 * The year as twelve month columns with one bar per movement or phase from its start to its end, so the
 * officer sees at a glance what runs when. Laid out again whenever its width or the movements change.
 */
final class PhaseTimeline extends Pane {
    private static final double HEADER = 20;
    private static final double BAR = 22;
    private static final double GAP = 6;

    private final UiContext ui;
    private final ObservableList<Movement> movements;
    private int year;
    /** What the bars were last laid out for: they are rebuilt only when the width, the year or the movements change. */
    private double laidOutWidth = -1;
    private boolean stale = true;

    PhaseTimeline(UiContext ui, ObservableList<Movement> movements) {
        this.ui = ui;
        this.movements = movements;
        getStyleClass().add("plan-timeline");
        setMinHeight(HEADER + BAR + 2 * GAP);
        movements.addListener((ListChangeListener<Movement>) c -> {
            stale = true;
            requestLayout();
        });
    }

    void year(int year) {
        this.year = year;
        stale = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        if (!stale && width == laidOutWidth) {
            return;
        }
        stale = false;
        laidOutWidth = width;
        getChildren().clear();
        if (width <= 0 || year == 0) {
            return;
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        double days = first.lengthOfYear();
        for (int month = 1; month <= 12; month++) {
            double x = width * (LocalDate.of(year, month, 1).getDayOfYear() - 1) / days;
            Label label = new Label(ui.text("plan.timeline.month", month));
            label.getStyleClass().add("plan-timeline-month");
            label.resizeRelocate(x, 0, width / 12, HEADER);
            Region line = new Region();
            line.getStyleClass().add("plan-timeline-grid");
            line.resizeRelocate(x, HEADER, 1, Math.max(0, getHeight() - HEADER));
            getChildren().addAll(line, label);
        }
        double y = HEADER + GAP;
        List<Movement> shown = List.copyOf(movements);
        for (Movement movement : shown) {
            double x1 = width * (movement.start().getDayOfYear() - 1) / days;
            double x2 = width * movement.end().getDayOfYear() / days;
            Label bar = new Label(movement.name());
            bar.getStyleClass().addAll("plan-timeline-bar", "plan-kind-" + movement.kind().name().toLowerCase(java.util.Locale.ROOT));
            bar.setTooltip(new Tooltip(movement.name() + "\n" + VietnameseDates.shortForm(movement.start()) + " – "
                    + VietnameseDates.shortForm(movement.end())));
            bar.resizeRelocate(x1, y, Math.max(4, x2 - x1), BAR);
            getChildren().add(bar);
            y += BAR + GAP;
        }
        setPrefHeight(y + GAP);
        setMinHeight(y + GAP);
    }
}
