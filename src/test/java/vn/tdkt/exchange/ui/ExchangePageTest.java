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
import vn.tdkt.exchange.ReceivedDocument;
import vn.tdkt.ui.FxTaskRunner;
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
            Shown shown = show(division, dialogs, 1200, 640);
            BorderPane root = shown.root();
            Stage stage = shown.stage();
            select(shown, "snapshot");
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
            shown.close();
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
            RecordingDialogs dialogs = new RecordingDialogs(Messages.vietnamese());
            Shown shown = show(demo, dialogs, 1366, 768);
            BorderPane root = shown.root();
            Stage stage = shown.stage();
            select(shown, "proposal");
            String documents = onFx(() -> ((TableView<?>) root.lookup("#exchange-documents")).getItems().toString());
            assertThat(documents).as("the sample subordinate's Tờ trình and Biên bản travel with its proposal")
                    .contains("name=To-trinh-khen-thuong-07-TTr-TrD21.pdf", "name=To-trinh-khen-thuong-07-TTr-TrD21.docx",
                            "name=Bien-ban-hop-Hoi-dong-TDKT-05-BB-TrD21.pdf");
            save(onFx(() -> stage.getScene().snapshot(null)), Path.of("target", "screenshots", "exchange-demo-documents.png"));
            select(shown, "snapshot");
            assertThat(onFx(() -> ((TableView<?>) root.lookup("#exchange-documents")).getItems().toString()))
                    .contains("name=quan-so-MAU-E21.xlsx", "format=xlsx");
            onFx(() -> {
                ((javafx.scene.control.TabPane) root.lookup("#exchange-tabs")).getSelectionModel().select(1);
                return null;
            });
            String models = onFx(() -> ((TableView<?>) root.lookup("#exchange-models")).getItems().toString());
            assertThat(models).contains("from=Optional.empty");
            save(onFx(() -> stage.getScene().snapshot(null)), Path.of("target", "screenshots", "exchange-models.png"));

            onFx(() -> {
                ((javafx.scene.control.TabPane) root.lookup("#exchange-tabs")).getSelectionModel().select(2);
                return null;
            });
            shown.waitForTasks();
            String chosen = onFx(() -> {
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<vn.tdkt.exchange.PeriodKey> period =
                        (javafx.scene.control.ComboBox<vn.tdkt.exchange.PeriodKey>) root.lookup("#exchange-ranking-period");
                return period.getValue().label();
            });
            assertThat(chosen).as("the newest month is chosen first").startsWith("Tháng ");
            String ranked = onFx(() -> ((TableView<?>) root.lookup("#exchange-ranking")).getItems().toString());
            assertThat(ranked).contains("unitName=Đại đội 5", "unitName=Đại đội 6", "from=Optional[Trung đoàn 21 (mẫu)]", "from=Optional.empty");
            String note = onFx(() -> ((Label) root.lookup("#exchange-ranking-note")).getText());
            assertThat(note).as("one criteria set: nothing to warn about").isEmpty();
            save(onFx(() -> stage.getScene().snapshot(null)), Path.of("target", "screenshots", "exchange-ranking.png"));
            assertThat(dialogs.errors()).isEmpty();
            shown.close();
        }
    }

    /**
     * At 1366×768 the division selects the regiment's proposal: the documents it carried are listed, the Tờ trình
     * first; "Mở" writes the chosen one into the data folder for the system's reader (the headless test machine has
     * none, which the officer would be told), "Lưu bản sao…" writes the same bytes where he chose.
     */
    @Test
    void theProposalsDocumentsAreListedAndOpenedFromThePage() throws Exception {
        Path proposal = temp.resolve("de-nghi.tdkt");
        String fingerprint;
        try (AppContext regiment = AppContext.open(new DataFolder(temp.resolve("a")), Clock.systemDefaultZone())) {
            Unit top = regiment.units().add(null, "TrD19", "Trung đoàn 19", "e19", "Trung đoàn");
            Unit company = regiment.units().add(top.id(), "TrD19-c1", "Đại đội 1", "c1", "Đại đội");
            regiment.settings().saveLetterhead(new vn.tdkt.settings.Letterhead("Sư đoàn 3", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh",
                    "Trung đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng", "Chính ủy", "Thượng tá", "Phạm Minh Tuấn"));
            regiment.exchange().export("proposal", proposeACompany(regiment, company), proposal, null, Messages.vietnamese(), Progress.NONE);
            fingerprint = regiment.installation().fingerprint();
        }
        try (AppContext division = AppContext.open(new DataFolder(temp.resolve("d")), Clock.systemDefaultZone())) {
            division.units().add(null, "F3", "Sư đoàn 3", "f3", "Sư đoàn");
            division.exchange().importPackage(proposal, null, fingerprint, Progress.NONE);
            RecordingDialogs dialogs = new RecordingDialogs(Messages.vietnamese());
            Shown shown = show(division, dialogs, 1366, 768);
            String before = onFx(() -> ((Label) ((TableView<?>) shown.root().lookup("#exchange-documents")).getPlaceholder()).getText());
            assertThat(before).isEqualTo("Chọn một gói trong danh sách để xem các văn bản gửi kèm.");
            select(shown, "proposal");
            @SuppressWarnings("unchecked")
            TableView<ReceivedDocument> documents = (TableView<ReceivedDocument>) shown.root().lookup("#exchange-documents");
            java.util.List<String> names = onFx(() -> documents.getItems().stream().map(ReceivedDocument::name).toList());
            assertThat(names).hasSize(4).first().asString().startsWith("To-trinh-khen-thuong-").endsWith(".pdf");
            assertThat(names.get(1)).startsWith("To-trinh-khen-thuong-").endsWith(".docx");
            assertThat(names).anySatisfy(n -> assertThat(n).startsWith("Bien-ban-hop-Hoi-dong-TDKT-"))
                    .anySatisfy(n -> assertThat(n).startsWith("Bao-cao-thanh-tich-tap-the-Dai-doi-1"));
            Button open = (Button) shown.root().lookup("#exchange-document-open");
            assertThat(onFx(open::isDisabled)).as("nothing chosen yet").isTrue();
            save(onFx(() -> shown.stage().getScene().snapshot(null)), Path.of("target", "screenshots", "exchange-documents.png"));

            onFx(() -> {
                documents.getSelectionModel().select(1);
                open.fire();
                return null;
            });
            shown.waitForTasks();
            Path written = temp.resolve("d/documents/received/TrD19-1").resolve(names.get(1));
            byte[] sent = entry(proposal, "docs/" + names.get(1));
            assertThat(written).exists().hasBinaryContent(sent);
            assertThat(dialogs.errors()).as("no desktop here to open it: the officer is told where the file is")
                    .singleElement().asString().contains("không mở được tệp bằng chương trình mặc định", written.toString());

            Path copy = temp.resolve("ban sao.docx");
            ExchangeViewModel model = new ExchangeViewModel(new UiContext(Messages.vietnamese(), new ImmediateTaskRunner(dialogs), dialogs),
                    division.exchange(), division.echelonLists());
            java.util.List<Path> saved = new java.util.ArrayList<>();
            model.saveDocument(onFx(() -> documents.getItems().get(1)), copy, saved::add);
            assertThat(saved).containsExactly(copy);
            assertThat(copy).hasBinaryContent(sent);
            shown.close();
        }
    }

    /** A package received before V26 is listed as before; its documents list says in one sentence that it has none. */
    @Test
    void aPackageReceivedBeforeDocumentsWereKeptSaysSo() throws Exception {
        Path data = temp.resolve("old");
        vn.tdkt.exchange.ReceivedDocumentsMigrationTest.receivedBeforeV26(data);
        try (AppContext old = AppContext.open(new DataFolder(data), Clock.systemDefaultZone())) {
            RecordingDialogs dialogs = new RecordingDialogs(Messages.vietnamese());
            Shown shown = show(old, dialogs, 1366, 768);
            select(shown, "proposal");
            String note = onFx(() -> ((Label) ((TableView<?>) shown.root().lookup("#exchange-documents")).getPlaceholder()).getText());
            assertThat(note).isEqualTo(Messages.vietnamese().get("exchange.documents.none"))
                    .startsWith("Gói này không có văn bản lưu kèm").contains("tệp .tdkt");
            String details = onFx(() -> ((Label) shown.root().lookup("#exchange-details")).getText());
            assertThat(details).contains("Trung đoàn 19 (TrD19)");
            save(onFx(() -> shown.stage().getScene().snapshot(null)), Path.of("target", "screenshots", "exchange-no-documents.png"));
            assertThat(dialogs.errors()).isEmpty();
            shown.close();
        }
    }

    /** The page in a window of its own, run by the real task runner: the database is read off the FX thread, as in the app. */
    private record Shown(Stage stage, BorderPane root, FxTaskRunner tasks) {
        void waitForTasks() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            Thread.sleep(50);
            while (onFx(() -> tasks.busy().get()) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }

        void close() throws Exception {
            tasks.close();
            onFx(() -> {
                stage.hide();
                return null;
            });
        }
    }

    private static Shown show(AppContext app, RecordingDialogs dialogs, double width, double height) throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Another test started the toolkit.
        }
        Platform.setImplicitExit(false);
        // Built here, off the FX thread, as the app's start does: building services may read the database.
        vn.tdkt.exchange.ExchangeService service = app.exchange();
        vn.tdkt.exchange.EchelonLists lists = app.echelonLists();
        Shown shown = onFx(() -> {
            FxTaskRunner tasks = new FxTaskRunner(dialogs);
            ExchangePage page = new ExchangePage(new UiContext(Messages.vietnamese(), tasks, dialogs), service, lists);
            BorderPane root = new BorderPane(page.content());
            root.setTop(new HBox(8, page.actions().toArray(Button[]::new)));
            page.refresh();
            Stage window = new Stage();
            window.setScene(new Scene(root, width, height));
            window.show();
            return new Shown(window, root, tasks);
        });
        shown.waitForTasks();
        return shown;
    }

    /** Selects the first received package of this kind, as the officer's click does, and waits for what it loads. */
    private static void select(Shown shown, String kind) throws Exception {
        onFx(() -> {
            @SuppressWarnings("unchecked")
            TableView<vn.tdkt.exchange.ReceivedPackage> table = (TableView<vn.tdkt.exchange.ReceivedPackage>) shown.root().lookup("#exchange-received");
            table.getItems().stream().filter(p -> p.kind().equals(kind)).findFirst().ifPresent(table.getSelectionModel()::select);
            return null;
        });
        shown.waitForTasks();
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

    /** One entry of the package file, as the sender wrote it. */
    private static byte[] entry(Path packageFile, String name) throws Exception {
        try (org.apache.commons.compress.archivers.zip.ZipFile zip = org.apache.commons.compress.archivers.zip.ZipFile.builder().setPath(packageFile).get()) {
            return zip.getInputStream(zip.getEntry(name)).readAllBytes();
        }
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
