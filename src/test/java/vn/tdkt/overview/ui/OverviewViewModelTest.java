package vn.tdkt.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.Messages;
import vn.tdkt.db.DataFolder;
import vn.tdkt.overview.OverviewService;
import vn.tdkt.ui.ImmediateTaskRunner;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.UiContext;

/** The Tổng quan page's state on a real data folder, without a window. */
class OverviewViewModelTest {
    @TempDir
    Path dir;

    private AppContext app;
    private RecordingDialogs dialogs;
    private OverviewViewModel model;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(dir), Clock.systemUTC());
        Messages messages = Messages.vietnamese();
        dialogs = new RecordingDialogs(messages);
        UiContext ui = new UiContext(messages, new ImmediateTaskRunner(dialogs), dialogs);
        OverviewService service = new OverviewService(app.kernel(), app.settings(), List.of("unit", "person", "document_register"), List.of());
        model = new OverviewViewModel(ui, service, app.sampleData());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String card(String label) {
        return model.cards().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow().value();
    }

    @Test
    void anEmptyFolderSaysSoAndCountsNothing() {
        model.load();
        assertThat(model.emptyProperty().get()).isTrue();
        assertThat(model.unitNameProperty().get()).isEqualTo("Chưa khai báo đơn vị");
        assertThat(model.cards()).extracting(OverviewViewModel.Card::label)
                .startsWith("Đơn vị", "Quân nhân, cán bộ", "Văn bản đã cấp số");
        assertThat(card("Quân nhân, cán bộ")).isEqualTo("0");
    }

    @Test
    void sampleDataFillsTheFiguresAndReleasesTheButton() {
        AtomicInteger finished = new AtomicInteger();
        model.createSampleData(finished::incrementAndGet);
        model.load();
        assertThat(finished).hasValue(1);
        assertThat(model.emptyProperty().get()).isFalse();
        assertThat(model.unitNameProperty().get()).isEqualTo("Trung đoàn 19");
        assertThat(card("Quân nhân, cán bộ")).isEqualTo("600");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void sampleDataIntoAFolderWithRecordsIsRefusedAndTheButtonComesBack() {
        app.units().add(null, "TrD9", "Trung đoàn 9", null, "Trung đoàn");
        AtomicInteger finished = new AtomicInteger();
        model.createSampleData(finished::incrementAndGet);
        assertThat(finished).as("the button is released after a failure too").hasValue(1);
        assertThat(dialogs.errors()).singleElement().asString().contains("đã có dữ liệu");
        model.load();
        assertThat(card("Đơn vị")).isEqualTo("1");
    }
}
