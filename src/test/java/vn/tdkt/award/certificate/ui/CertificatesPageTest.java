package vn.tdkt.award.certificate.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tdkt.AppContext;
import vn.tdkt.award.certificate.BlankLayout;
import vn.tdkt.award.certificate.CertificateField;
import vn.tdkt.award.certificate.CertificateRepository;
import vn.tdkt.core.Progress;
import vn.tdkt.db.DataFolder;
import vn.tdkt.demo.SampleSize;
import vn.tdkt.ui.OffFxThread;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.Shell;
import vn.tdkt.ui.ShellWindows;

/** The real window, headless: drag a field of the blank's layout with the mouse and save it. */
@ExtendWith(ApplicationExtension.class)
class CertificatesPageTest {
    @TempDir
    Path dir;
    private AppContext app;
    private Shell shell;

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
        ShellWindows.close(shell);
        app.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void dragTheNameOntoTheBlankAndSaveIt(FxRobot robot) throws Exception {
        robot.interact(() -> shell.window().show("certificates"));
        ComboBox<BlankLayout> layouts = robot.lookup("#certificate-layout").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> layouts.getItems().size() == 2);
        robot.interact(() -> layouts.setValue(layouts.getItems().stream().filter(l -> l.code().equals("giay-khen")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#certificate-field-NAME").tryQuery().isPresent());
        double before = stored(CertificateField.NAME)[0];
        double beforeY = stored(CertificateField.NAME)[1];
        Label name = robot.lookup("#certificate-field-NAME").queryAs(Label.class);
        double scale = name.getWidth() / stored(CertificateField.NAME)[2];

        robot.drag(name).moveBy(40, 26).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#certificate-selected").queryAs(Label.class).getText()).isEqualTo("Họ tên");
        screenshot(robot, "certificates-editor.png");
        // The robot's last move may be delivered in steps; what counts is that the box followed the mouse and the
        // position saved is the one the box shows.
        double shownX = name.getLayoutX() / scale;
        double shownY = name.getLayoutY() / scale;
        assertThat(shownX - before).isBetween(5.0, 40 / scale + 0.5);
        assertThat(shownY - beforeY).isBetween(3.0, 26 / scale + 0.5);
        robot.clickOn("#certificate-save-layout");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Math.abs(stored(CertificateField.NAME)[0] - before) > 1);
        assertThat(stored(CertificateField.NAME)[0]).isCloseTo(shownX, within(0.06));
        assertThat(stored(CertificateField.NAME)[1]).isCloseTo(shownY, within(0.06));
        assertThat(((RecordingDialogs) shell.ui().dialogs()).errors()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aShippedLayoutSaysItIsOnlyAStartingPointUntilACopyIsMeasuredAndSaved(FxRobot robot) throws Exception {
        robot.interact(() -> shell.window().show("certificates"));
        ComboBox<BlankLayout> layouts = robot.lookup("#certificate-layout").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> layouts.getItems().size() == 2);
        robot.interact(() -> layouts.setValue(layouts.getItems().stream().filter(l -> l.code().equals("giay-khen")).findFirst().orElseThrow()));
        Label measured = robot.lookup("#certificate-layout-measured").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> measured.getText().startsWith("Mẫu \"Phôi Giấy khen (A4 ngang)\" có sẵn chỉ là vị trí ban đầu"));
        assertThat(measured.isVisible()).isTrue();

        robot.clickOn("#certificate-duplicate");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#certificate-duplicate-name").tryQuery().isPresent());
        assertThat(robot.lookup("#certificate-duplicate-name").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("Phôi Giấy khen (A4 ngang) — của đơn vị");
        robot.interact(() -> robot.lookup("#certificate-duplicate-name").queryAs(javafx.scene.control.TextField.class).setText("Phôi Giấy khen Trung đoàn"));
        robot.clickOn("#certificate-duplicate-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> layouts.getValue() != null && layouts.getValue().code().equals("phoi-giay-khen-trung-doan"));
        BlankLayout copy = layout("phoi-giay-khen-trung-doan");
        BlankLayout original = layout("giay-khen");
        assertThat(copy.fields()).isEqualTo(original.fields());
        assertThat(copy.startingPosition()).as("a copy is not measured until saved").isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> measured.getText().startsWith("Mẫu \"Phôi Giấy khen Trung đoàn\" có sẵn chỉ là vị trí ban đầu"));

        Label name = robot.lookup("#certificate-field-NAME").queryAs(Label.class);
        robot.drag(name).moveBy(30, 0).drop();
        robot.clickOn("#certificate-save-layout");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !layout("phoi-giay-khen-trung-doan").startingPosition());
        assertThat(layout("phoi-giay-khen-trung-doan").measuredOn()).isEqualTo(java.time.LocalDate.now());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> measured.getText()
                .equals("Đã đo trên phôi thật và lưu ngày " + vn.tdkt.core.VietnameseDates.shortForm(java.time.LocalDate.now()) + "."));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> layouts.getValue() != null && !layouts.getValue().startingPosition());
        assertThat(layouts.getValue().name()).as("the saved copy stays chosen").isEqualTo("Phôi Giấy khen Trung đoàn");
        assertThat(layout("giay-khen").startingPosition()).as("the shipped layout is untouched").isTrue();
        assertThat(layout("giay-khen").fields()).isEqualTo(original.fields());
        assertThat(((RecordingDialogs) shell.ui().dialogs()).errors()).isEmpty();
        screenshot(robot, "certificates-measured.png");
    }

    private BlankLayout layout(String code) throws Exception {
        return OffFxThread.call(() -> new CertificateRepository(app.database()).layout(code).orElseThrow());
    }

    /** x, y and width in mm of a field of the Giấy khen layout as stored. */
    private double[] stored(CertificateField field) throws Exception {
        return OffFxThread.call(() -> {
            var box = new CertificateRepository(app.database()).layout("giay-khen").orElseThrow().field(field).orElseThrow();
            return new double[] {box.xMm(), box.yMm(), box.widthMm()};
        });
    }

    private void screenshot(FxRobot robot, String file) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> shell.stage().getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path target = Path.of("target", "screenshots", file);
        Files.createDirectories(target.getParent());
        javax.imageio.ImageIO.write(out, "png", target.toFile());
    }
}
