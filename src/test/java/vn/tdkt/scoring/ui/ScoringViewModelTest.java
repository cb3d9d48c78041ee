package vn.tdkt.scoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.Messages;
import vn.tdkt.db.DataFolder;
import vn.tdkt.org.Unit;
import vn.tdkt.scoring.CellChange;
import vn.tdkt.scoring.CriteriaSet;
import vn.tdkt.scoring.PeriodKind;
import vn.tdkt.scoring.SampleCriteriaSet;
import vn.tdkt.scoring.ScoringPeriod;
import vn.tdkt.ui.ImmediateTaskRunner;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.UiContext;

/** The Chấm điểm page's view model without a window: the Biểu đồ figures come from the saved months. */
class ScoringViewModelTest {
    @TempDir
    Path dir;
    private AppContext app;
    private ScoringViewModel model;
    private RecordingDialogs dialogs;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(dir), Clock.fixed(Instant.parse("2026-06-15T08:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        Messages messages = Messages.vietnamese();
        dialogs = new RecordingDialogs(messages);
        model = new ScoringViewModel(new UiContext(messages, new ImmediateTaskRunner(dialogs), dialogs), app.scoring());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theChartsFollowEachUnitOverTheMonthsAndNameWhereTheLastLosesMost() {
        Unit regiment = app.units().add(null, "TrD19", "Trung đoàn 19", null, "Trung đoàn");
        Unit c1 = app.units().add(regiment.id(), "c1", "Đại đội 1", null, "Đại đội");
        Unit c2 = app.units().add(regiment.id(), "c2", "Đại đội 2", null, "Đại đội");
        CriteriaSet set = app.scoring().sets().create(SampleCriteriaSet.draft());
        String hl1 = set.byCode("HL1").orElseThrow().id();
        String kl1 = set.byCode("KL1").orElseThrow().id();
        ScoringPeriod march = null;
        // c1 leads in January and February, c2 overtakes in March.
        double[][] scores = {{9, 5}, {8, 6}, {5, 10}};
        for (int month = 1; month <= 3; month++) {
            ScoringPeriod period = app.scoring().scoring().openForUnits(set.id(), PeriodKind.MONTH, 2026, month, List.of(c1.id(), c2.id()), null);
            app.scoring().scoring().save(period.id(), List.of(new CellChange(c1.id(), hl1, scores[month - 1][0], null),
                    new CellChange(c2.id(), hl1, scores[month - 1][1], null), new CellChange(c2.id(), kl1, 1.0, null)));
            march = period;
        }

        model.load();
        model.selectedProperty().set(march);
        ChartFigures charts = model.chartsProperty().get();
        assertThat(charts.totals()).extracting(ChartFigures.Line::member).containsExactly("Đại đội 1", "Đại đội 2");
        assertThat(charts.totals().getFirst().points()).containsExactly(new ChartFigures.Point(1, 9), new ChartFigures.Point(2, 8),
                new ChartFigures.Point(3, 5));
        assertThat(charts.totals().get(1).points()).extracting(ChartFigures.Point::value).containsExactly(6.0, 7.0, 11.0);
        assertThat(charts.ranks().getFirst().points()).extracting(ChartFigures.Point::value).containsExactly(1.0, 1.0, 2.0);
        assertThat(charts.ranks().get(1).points()).extracting(ChartFigures.Point::value).containsExactly(2.0, 2.0, 1.0);

        // March's last is c1 (5 points): it lost most where it scored nothing; HL1 (10 max) cost it 5.
        assertThat(charts.lossMember()).isEqualTo("Đại đội 1");
        assertThat(charts.losses()).hasSizeLessThanOrEqualTo(ChartFigures.LOSSES_SHOWN);
        assertThat(charts.losses()).extracting(ChartFigures.Loss::points).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(charts.losses()).extracting(ChartFigures.Loss::code).doesNotContain("T1", "TR1");
        assertThat(app.scoring().scoring().pointsLost(app.scoring().scoring().sheet(march.id()), c1.id()))
                .filteredOn(e -> e.getKey().code().equals("HL1")).extracting(java.util.Map.Entry::getValue).containsExactly(5.0);
        assertThat(dialogs.errors()).isEmpty();
    }
}
