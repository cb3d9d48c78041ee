package vn.tdkt.award.certificate.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tdkt.AppContext;
import vn.tdkt.award.Decision;
import vn.tdkt.award.certificate.BlankLayout;
import vn.tdkt.award.certificate.CertificateRepository;
import vn.tdkt.award.certificate.CertificateService;
import vn.tdkt.award.certificate.RecordingPrinters;
import vn.tdkt.award.certificate.SystemPrinters;
import vn.tdkt.core.Progress;
import vn.tdkt.db.DataFolder;
import vn.tdkt.demo.SampleSize;
import vn.tdkt.ui.OffFxThread;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.Shell;
import vn.tdkt.ui.ShellWindows;

/**
 * The Print button of the certificates page, headless: the printer is chosen among those installed (the page's own
 * preselected), the batch goes to it onto the blanks with the offset on the page; and with no printer installed the
 * page says so in Vietnamese and prints nothing.
 */
@ExtendWith(ApplicationExtension.class)
class CertificatesPrintTest {
    private static final double POINTS_PER_MM = 72 / 25.4;

    @TempDir
    Path dir;
    private AppContext app;
    private Shell shell;
    private Stage window;

    @Start
    void start(Stage stage) {
        app = AppContext.at(new DataFolder(dir.resolve("data")), java.time.Clock.systemDefaultZone());
        shell = Shell.open(OffFxThread.call(() -> {
            app.sampleData().fill(SampleSize.SMALL, Progress.NONE);
            return app.open();
        }), stage, RecordingDialogs::new);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            WaitForAsyncUtils.asyncFx(window::close).get(10, TimeUnit.SECONDS);
        }
        ShellWindows.close(shell);
        app.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void printTheDecisionOntoBlanksOnTheChosenPrinterWithItsOffset(FxRobot robot) throws Exception {
        RecordingPrinters printers = new RecordingPrinters("Máy in văn thư", "Máy in phòng Tuyên huấn");
        CertificatesPage page = pageOn(robot, printers);
        ComboBox<Decision> decisions = robot.lookup("#certificate-decision").queryAs(ComboBox.class);
        ComboBox<BlankLayout> layouts = robot.lookup("#certificate-layout").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> layouts.getItems().size() == 2 && !decisions.getItems().isEmpty()
                && page.model().printers().size() == 2);
        Decision people = decisions.getItems().stream().filter(d -> d.awardees().stream().noneMatch(a -> a.vote().collective())).findFirst().orElseThrow();
        robot.interact(() -> {
            decisions.setValue(people);
            layouts.setValue(layouts.getItems().stream().filter(l -> l.code().equals("giay-khen")).findFirst().orElseThrow());
            robot.lookup("#certificate-kind-blank").queryAs(javafx.scene.control.RadioButton.class).setSelected(true);
            robot.lookup("#certificate-printer").queryAs(ComboBox.class).setValue("Máy in phòng Tuyên huấn");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shell.ui().tasks().busy().get());
        robot.interact(() -> {
            page.model().offsetXProperty().set(10);
            page.model().offsetYProperty().set(5);
        });

        robot.clickOn("#certificate-print");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#certificate-print-ok").tryQuery().isPresent());
        assertThat(robot.lookup("#certificate-print-printer").queryAs(ComboBox.class).getValue()).as("the page's printer is preselected")
                .isEqualTo("Máy in phòng Tuyên huấn");
        robot.clickOn("#certificate-print-ok");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> printers.jobs().size() == 1);

        RecordingPrinters.Job job = printers.jobs().getFirst();
        assertThat(job.printer()).isEqualTo("Máy in phòng Tuyên huấn");
        assertThat(job.pages()).hasSize(people.awardees().size()).allSatisfy(p -> {
            assertThat(p.width()).isCloseTo(297 * POINTS_PER_MM, within(0.1));
            assertThat(p.height()).isCloseTo(210 * POINTS_PER_MM, within(0.1));
            assertThat(p.inkWithMargins()).isEqualTo(p.ink());
        });
        // The offset on the page is the one applied: nothing is printed left of the layout's leftmost box moved by 10 mm.
        BlankLayout blank = OffFxThread.call(() -> new CertificateRepository(app.database()).layout("giay-khen").orElseThrow());
        double leftmost = blank.fields().stream().mapToDouble(b -> b.xMm()).min().orElseThrow();
        assertThat(job.pages().getFirst().ink().getX()).isGreaterThanOrEqualTo((leftmost + 10) * POINTS_PER_MM - 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> recorded().notices().stream()
                .anyMatch(n -> n.equals("Đã gửi " + people.awardees().size() + " trang giấy khen của Quyết định số " + people.decision().number()
                        + " tới máy in Máy in phòng Tuyên huấn.")));
        assertThat(recorded().errors()).isEmpty();
    }

    /** "Trang căn chỉnh…" → "In": the blank's calibration page goes to the chosen printer at actual size, one page of the blank's paper. */
    @Test
    @SuppressWarnings("unchecked")
    void theCalibrationPageIsPrintedOnTheChosenPrinter(FxRobot robot) throws Exception {
        RecordingPrinters printers = new RecordingPrinters("Máy in văn thư", "Máy in phòng Tuyên huấn");
        CertificatesPage page = pageOn(robot, printers);
        ComboBox<BlankLayout> layouts = robot.lookup("#certificate-layout").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> layouts.getItems().size() == 2 && page.model().printers().size() == 2);
        robot.interact(() -> {
            layouts.setValue(layouts.getItems().stream().filter(l -> l.code().equals("giay-khen")).findFirst().orElseThrow());
            robot.lookup("#certificate-printer").queryAs(ComboBox.class).setValue("Máy in phòng Tuyên huấn");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shell.ui().tasks().busy().get());

        robot.clickOn("#certificate-calibration");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#certificate-calibration-print").tryQuery().isPresent());
        assertThat(robot.lookup("#certificate-calibration-save").tryQuery()).as("Lưu PDF… beside In").isPresent();
        assertThat(robot.lookup("#certificate-calibration-printer").queryAs(ComboBox.class).getValue()).isEqualTo("Máy in phòng Tuyên huấn");
        robot.clickOn("#certificate-calibration-print");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> printers.jobs().size() == 1);

        RecordingPrinters.Job job = printers.jobs().getFirst();
        assertThat(job.printer()).isEqualTo("Máy in phòng Tuyên huấn");
        assertThat(job.pages()).singleElement().satisfies(p -> {
            assertThat(p.width()).isCloseTo(297 * POINTS_PER_MM, within(0.1));
            assertThat(p.height()).isCloseTo(210 * POINTS_PER_MM, within(0.1));
            assertThat(p.inkWithMargins()).isEqualTo(p.ink());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> recorded().notices().stream()
                .anyMatch(n -> n.startsWith("Đã gửi trang căn chỉnh của mẫu phôi") && n.endsWith("tới máy in Máy in phòng Tuyên huấn.")));
        assertThat(recorded().errors()).isEmpty();
    }

    @Test
    void theCalibrationPageWithNoPrinterSaysTheSameSentence(FxRobot robot) throws Exception {
        RecordingPrinters none = new RecordingPrinters();
        pageOn(robot, none);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shell.ui().tasks().busy().get());
        robot.clickOn("#certificate-calibration");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#certificate-calibration-print").tryQuery().isPresent());
        robot.clickOn("#certificate-calibration-print");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !recorded().notices().isEmpty());
        assertThat(recorded().notices()).containsExactly("Máy tính này chưa cài máy in nào nên chưa in được. Hãy cài máy in rồi bấm In lại, "
                + "hoặc bấm \"Lưu PDF giấy khen…\" và in tệp đó ở máy khác với kích thước thật (không chọn \"vừa trang\").");
        assertThat(none.jobs()).isEmpty();
    }

    /** The decision chooser names what each decision holds: "2 cá nhân" for people only, never "người, tập thể". */
    @Test
    @SuppressWarnings("unchecked")
    void theDecisionChooserCountsThePeopleAndTheCollectivesApart(FxRobot robot) throws Exception {
        pageOn(robot, new RecordingPrinters());
        ComboBox<Decision> decisions = robot.lookup("#certificate-decision").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> decisions.getItems().size() >= 2);
        for (Decision d : decisions.getItems()) {
            long collectives = d.awardees().stream().filter(a -> a.vote().collective()).count();
            String label = decisions.getConverter().toString(d);
            assertThat(label).as(d.decision().number()).doesNotContain("người");
            if (collectives == 0) {
                assertThat(label).endsWith("— " + d.awardees().size() + " cá nhân");
            } else if (collectives == d.awardees().size()) {
                assertThat(label).endsWith("— " + collectives + " tập thể");
            } else {
                assertThat(label).endsWith("— " + collectives + " tập thể, " + (d.awardees().size() - collectives) + " cá nhân");
            }
        }
        assertThat(decisions.getItems()).extracting(d -> decisions.getConverter().toString(d))
                .anyMatch(l -> l.endsWith(" cá nhân") && !l.contains("tập thể")).anyMatch(l -> l.endsWith(" tập thể"));
    }

    @Test
    void withNoPrinterInstalledThePageSaysSoAndPrintsNothing(FxRobot robot) throws Exception {
        RecordingPrinters none = new RecordingPrinters();
        pageOn(robot, none);
        robot.clickOn("#certificate-print");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !recorded().notices().isEmpty());
        assertThat(recorded().notices()).containsExactly("Máy tính này chưa cài máy in nào nên chưa in được. Hãy cài máy in rồi bấm In lại, "
                + "hoặc bấm \"Lưu PDF giấy khen…\" và in tệp đó ở máy khác với kích thước thật (không chọn \"vừa trang\").");
        assertThat(robot.lookup("#certificate-print-ok").tryQuery()).isEmpty();
        assertThat(none.jobs()).isEmpty();
    }

    @Test
    void theAppsOwnPageOnThisHeadlessMachineFindsNoPrinterAndSaysSo(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(new SystemPrinters().names().isEmpty(), "this machine has a printer installed");
        robot.interact(() -> shell.window().show("certificates"));
        robot.clickOn("#certificate-print");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> recorded().notices().stream().anyMatch(n -> n.startsWith("Máy tính này chưa cài máy in")));
        assertThat(recorded().errors()).isEmpty();
    }

    /** The page with the given printers, in a window of its own with its action buttons above it, loaded. */
    private CertificatesPage pageOn(FxRobot robot, RecordingPrinters printers) {
        CertificateService service = new CertificateService(app.database(), new CertificateRepository(app.database()), app.audit(), app.dossiers(),
                () -> app.settings().letterheadForDocuments().issuer(), () -> Set.of("Chiến sĩ thi đua cơ sở"), app.clock());
        CertificatesPage page = new CertificatesPage(shell.ui(), service, printers);
        robot.interact(() -> {
            window = new Stage();
            window.setScene(new Scene(new VBox(8, new HBox(8, page.actions().toArray(Node[]::new)), page.content()), 1200, 760));
            window.show();
            page.refresh();
        });
        return page;
    }

    private RecordingDialogs recorded() {
        return (RecordingDialogs) shell.ui().dialogs();
    }
}
