package vn.tdkt.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.Messages;
import vn.tdkt.db.DataFolder;
import vn.tdkt.overview.OverviewService;
import vn.tdkt.demo.SampleData;
import vn.tdkt.demo.SampleSize;
import vn.tdkt.ui.ImmediateTaskRunner;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.UiContext;

/** The overview's "Sao lưu ra USB…": a sealed, verified file the restore command takes back; a failure frees the button. */
class UsbBackupTest {
    @TempDir
    Path temp;
    private AppContext app;
    private RecordingDialogs dialogs;
    private OverviewViewModel model;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(temp.resolve("data")), Clock.systemDefaultZone());
        app.sampleData().fill(SampleSize.SMALL, vn.tdkt.core.Progress.NONE);
        Messages messages = Messages.vietnamese();
        dialogs = new RecordingDialogs(messages);
        model = new OverviewViewModel(new UiContext(messages, new ImmediateTaskRunner(dialogs), dialogs),
                new OverviewService(app.kernel(), app.settings(), java.util.List.of("unit", "person"), java.util.List.of()), app.sampleData());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aSealedBackupIsWrittenAndRestoresWithThePassword() throws Exception {
        Path usb = temp.resolve("usb").resolve("tdkt.db");
        AtomicInteger freed = new AtomicInteger();
        model.backUpTo(usb, Optional.of("mật khẩu".toCharArray()), freed::incrementAndGet);
        assertThat(freed).hasValue(1);
        assertThat(dialogs.errors()).isEmpty();
        assertThat(dialogs.notices()).anySatisfy(n -> assertThat(n).contains("mã hóa").contains(usb.toString()));
        assertThat(Files.readString(usb, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("TDKTBAK1");
        DataFolder other = new DataFolder(temp.resolve("other"));
        try (AppContext restored = vn.tdkt.RestoredFolder.open(other, usb, Clock.systemDefaultZone(), Optional.of("mật khẩu".toCharArray()))) {
            assertThat(restored.settings().letterhead().unitName()).isEqualTo(app.settings().letterhead().unitName());
        }
    }

    @Test
    void aFailedBackupSaysWhyAndFreesTheButton() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("usb"), "một tệp, không phải thư mục");
        AtomicInteger freed = new AtomicInteger();
        model.backUpTo(notAFolder.resolve("tdkt.db"), Optional.empty(), freed::incrementAndGet);
        assertThat(freed).hasValue(1);
        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e).contains("tdkt.db").doesNotContain("Exception"));
    }
}
