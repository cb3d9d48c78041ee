package vn.tdkt.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;
import vn.tdkt.db.DataFolder;
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.Unit;
import vn.tdkt.ui.ImmediateTaskRunner;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.UiContext;

/** The real Trao đổi gói page on the headless platform, after the division imported a regiment's snapshot. */
class ExchangePageTest {
    @TempDir
    Path temp;

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    @Test
    void listsTheReceivedPackageAndShowsWhatItHolds() throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Another test started the toolkit.
        }
        Platform.setImplicitExit(false);
        Path file = temp.resolve("TrD19.tdkt");
        Path proposal = temp.resolve("de-nghi.tdkt");
        String fingerprint;
        try (AppContext regiment = AppContext.open(new DataFolder(temp.resolve("a")), Clock.systemDefaultZone())) {
            Unit top = regiment.units().add(null, "TrD19", "Trung đoàn 19", "e19", "Trung đoàn");
            Unit company = regiment.units().add(top.id(), "TrD19-c1", "Đại đội 1", "c1", "Đại đội");
            regiment.roster().add(company.id(), PersonDetails.named("Nguyễn Văn Hưởng"));
            regiment.roster().add(company.id(), PersonDetails.named("Trần Thị Lan"));
            regiment.settings().saveLetterhead(new vn.tdkt.settings.Letterhead("Sư đoàn 3", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh",
                    "Trung đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng", "Chính ủy", "Thượng tá", "Phạm Minh Tuấn"));
            String proposalId = proposeACompany(regiment, company);
            regiment.exchange().export("snapshot", "TrD19", file, null, Messages.vietnamese(), Progress.NONE);
            regiment.exchange().export("proposal", proposalId, proposal, null, Messages.vietnamese(), Progress.NONE);
            fingerprint = regiment.installation().fingerprint();
        }
        try (AppContext division = AppContext.open(new DataFolder(temp.resolve("d")), Clock.systemDefaultZone())) {
            division.units().add(null, "F3", "Sư đoàn 3", "f3", "Sư đoàn");
            division.exchange().importPackage(file, null, fingerprint, Progress.NONE);
            division.exchange().importPackage(proposal, null, null, Progress.NONE);
            Messages messages = Messages.vietnamese();
            RecordingDialogs dialogs = new RecordingDialogs(messages);
            UiContext ui = new UiContext(messages, new ImmediateTaskRunner(dialogs), dialogs);
            ExchangePage page = onFx(() -> new ExchangePage(ui, division.exchange(), division.echelonLists()));
            BorderPane root = onFx(() -> new BorderPane(page.content()));
            page.refresh(); // off the FX thread, before the window shows: the database is never read on the FX thread
            Stage stage = onFx(() -> {
                root.setTop(new HBox(8, page.actions().toArray(Button[]::new)));
                Stage window = new Stage();
                window.setScene(new Scene(root, 1200, 640));
                window.show();
                @SuppressWarnings("unchecked")
                TableView<vn.tdkt.exchange.ReceivedPackage> table = (TableView<vn.tdkt.exchange.ReceivedPackage>) root.lookup("#exchange-received");
                table.getItems().stream().filter(p -> p.kind().equals("snapshot")).findFirst().ifPresent(table.getSelectionModel()::select);
                return window;
            });
            String details = onFx(() -> ((Label) root.lookup("#exchange-details")).getText());
            assertThat(details).contains("Trung đoàn 19 (TrD19)", "2 quân nhân", "2 đơn vị", fingerprint, "Đang dùng");
            int rows = onFx(() -> ((TableView<?>) root.lookup("#exchange-received")).getItems().size());
            assertThat(rows).isEqualTo(2);
            String titles = onFx(() -> ((TableView<?>) root.lookup("#exchange-titles")).getItems().toString());
            assertThat(titles).contains("Trung đoàn 19", "Đơn vị quyết thắng", "nominees=1");

            // The page's export, as the dialogs hand it over: any kind, written, read back and verified off the FX thread.
            ExchangeViewModel model = new ExchangeViewModel(ui, division.exchange(), division.echelonLists());
            assertThat(model.kinds()).containsExactly("snapshot", "dossier", "proposal", "decisions");
            Path own = temp.resolve("F3.tdkt");
            java.util.List<vn.tdkt.exchange.ExchangeService.Exported> done = new java.util.ArrayList<>();
            model.export("snapshot", "F3", own, null, done::add);
            assertThat(done).singleElement().satisfies(e -> assertThat(e.unprotectedPersonalData()).as("no password: the page warns").isTrue());
            assertThat(Files.size(own)).isPositive();
            assertThat(dialogs.errors()).isEmpty();
            WritableImage image = onFx(() -> stage.getScene().snapshot(null));
            save(image, Path.of("target", "screenshots", "exchange.png"));
            onFx(() -> {
                stage.hide();
                return null;
            });
        }
    }

    /**
     * The demo at 1366×768: the ĐHTT tab lists the demo's own models, the ranking tab its own companies beside
     * the sample subordinate's for the newest period with scores from both.
     */
    @Test
    void theDemoShowsTheModelsAndTheRankingAcrossBlocksInTheirTabs() throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Another test started the toolkit.
        }
        Platform.setImplicitExit(false);
        try (AppContext demo = AppContext.open(new DataFolder(temp.resolve("demo")), Clock.systemDefaultZone())) {
            demo.sampleData().fill(vn.tdkt.demo.SampleSize.SMALL, Progress.NONE);
            Messages messages = Messages.vietnamese();
            RecordingDialogs dialogs = new RecordingDialogs(messages);
            UiContext ui = new UiContext(messages, new ImmediateTaskRunner(dialogs), dialogs);
            ExchangePage page = onFx(() -> new ExchangePage(ui, demo.exchange(), demo.echelonLists()));
            BorderPane root = onFx(() -> new BorderPane(page.content()));
            page.refresh();
            Stage stage = onFx(() -> {
                Stage window = new Stage();
                window.setScene(new Scene(root, 1366, 768));
                window.show();
                ((javafx.scene.control.TabPane) root.lookup("#exchange-tabs")).getSelectionModel().select(1);
                return window;
            });
            String models = onFx(() -> ((TableView<?>) root.lookup("#exchange-models")).getItems().toString());
            assertThat(models).contains("from=Optional.empty");
            save(onFx(() -> stage.getScene().snapshot(null)), Path.of("target", "screenshots", "exchange-models.png"));

            String chosen = onFx(() -> {
                ((javafx.scene.control.TabPane) root.lookup("#exchange-tabs")).getSelectionModel().select(2);
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<vn.tdkt.exchange.PeriodKey> period =
                        (javafx.scene.control.ComboBox<vn.tdkt.exchange.PeriodKey>) root.lookup("#exchange-ranking-period");
                return period.getValue().label();
            });
            assertThat(chosen).as("the newest month is chosen first").startsWith("Tháng ");
            String shown = onFx(() -> ((TableView<?>) root.lookup("#exchange-ranking")).getItems().toString());
            assertThat(shown).contains("unitName=Đại đội 5", "unitName=Đại đội 6", "from=Optional[Trung đoàn 21 (mẫu)]", "from=Optional.empty");
            String note = onFx(() -> ((Label) root.lookup("#exchange-ranking-note")).getText());
            assertThat(note).as("one criteria set: nothing to warn about").isEmpty();
            save(onFx(() -> stage.getScene().snapshot(null)), Path.of("target", "screenshots", "exchange-ranking.png"));
            assertThat(dialogs.errors()).isEmpty();
            onFx(() -> {
                stage.hide();
                return null;
            });
        }
    }

    /** The regiment's council passes Đại đội 1 for Đơn vị quyết thắng and the Tờ trình goes up. */
    private static String proposeACompany(AppContext regiment, Unit company) {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 6, 1);
        vn.tdkt.award.CouncilMeeting meeting = regiment.dossiers().recordMeeting(day, new vn.tdkt.award.CouncilMeeting(null, null,
                java.time.LocalTime.of(8, 0), java.time.LocalTime.of(10, 0), "Hội trường", "xét khen thưởng năm 2026", "Thượng tá Phạm Minh Tuấn",
                "Thiếu tá Lê Văn Nam", 9, 9, "", java.util.List.of(), "Thống nhất đề nghị.", java.util.List.of(
                        new vn.tdkt.award.Vote(null, null, company.name(), "", "Trung đoàn 19", true, "Đơn vị quyết thắng", 9, true,
                                "Hoàn thành xuất sắc nhiệm vụ"))));
        return regiment.dossiers().propose(day.plusDays(2), new vn.tdkt.award.Proposal(null, null, meeting.id(), "danh hiệu thi đua năm 2026",
                "Sư đoàn trưởng Sư đoàn 3", "Thủ trưởng Sư đoàn 3", "thành tích năm 2026", meeting.votes())).id();
    }

    private static void save(WritableImage image, Path target) throws Exception {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(target.getParent());
        javax.imageio.ImageIO.write(out, "png", target.toFile());
    }
}
