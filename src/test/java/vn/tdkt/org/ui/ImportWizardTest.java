package vn.tdkt.org.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tdkt.AppContext;
import vn.tdkt.db.DataFolder;
import vn.tdkt.org.UnitNode;
import vn.tdkt.ui.Clipping;
import vn.tdkt.ui.OffFxThread;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.Shell;
import vn.tdkt.ui.ShellWindows;

/** The roster import wizard opens as wide as it asks (760 px), not at the theme's 600 px cap, with nothing cut. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardTest {
    @TempDir
    Path dir;
    private AppContext app;
    private Shell shell;
    private List<UnitNode> units;

    @Start
    void start(Stage stage) {
        app = AppContext.at(new DataFolder(dir.resolve("data")), java.time.Clock.systemDefaultZone());
        shell = Shell.open(OffFxThread.call(() -> {
            app.units().add(null, "TrD19", "Trung đoàn 19", null, "Trung đoàn");
            units = app.units().tree();
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
    void theWizardIsAsWideAsItsColumnsAsk(FxRobot robot) throws Exception {
        Path file = dir.resolve("quan-so.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Danh sách");
            String[][] rows = {{"Họ và tên", "Cấp bậc", "Chức vụ", "Đơn vị", "Ghi chép của đơn vị về quá trình công tác"},
                {"Nguyễn Văn An", "Thượng úy", "Đại đội trưởng", "Trung đoàn 19", "x"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }

        robot.interact(() -> new ImportWizard(shell.ui(), app.rosterImporter(), shell.stage(), () -> { }).open(file, units, null));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Scene scene = pane.getScene();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scene.getWidth() > 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(scene.getWidth()).as("the wizard's width, not the theme's 600 px").isGreaterThanOrEqualTo(760);
        List<String> cut = WaitForAsyncUtils.asyncFx(() -> Clipping.elided((Node) pane)).get(10, TimeUnit.SECONDS);
        assertThat(cut).as("texts shortened in the wizard").isEmpty();
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        Path shot = Path.of("target", "screenshots", "roster-import-wizard.png");
        Files.createDirectories(shot.getParent());
        javax.imageio.ImageIO.write(vn.tdkt.ui.SelfTest.toBufferedImage(image), "png", shot.toFile());
    }
}
