package vn.tdkt.award.certificate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.award.certificate.CertificateField;
import vn.tdkt.award.certificate.CertificateFixture;
import vn.tdkt.award.certificate.CertificatePrinter;
import vn.tdkt.award.certificate.FieldBox;
import vn.tdkt.award.certificate.RecordingPrinters;
import vn.tdkt.core.Messages;
import vn.tdkt.ui.ImmediateTaskRunner;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.UiContext;

/** The page's models without a window, over the demo's folder. */
class LayoutEditorModelTest {
    @TempDir
    Path dir;
    private CertificateFixture f;
    private RecordingDialogs dialogs;
    private CertificatesViewModel page;
    private LayoutEditorModel editor;

    @BeforeEach
    void open() {
        f = new CertificateFixture(dir);
        Messages messages = Messages.vietnamese();
        dialogs = new RecordingDialogs(messages);
        page = new CertificatesViewModel(new UiContext(messages, new ImmediateTaskRunner(dialogs), dialogs), f.service,
                new CertificatePrinter(f.service, new RecordingPrinters()));
        page.load();
        editor = page.editor();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private FieldModel field(CertificateField which) {
        return editor.fields().stream().filter(m -> m.field() == which).findFirst().orElseThrow();
    }

    @Test
    void movesStayOnTheSheetAndSnapToATenthOfAMillimetre() {
        assertThat(editor.layoutProperty().get()).isNotNull();
        FieldModel name = field(CertificateField.NAME);
        double x = name.xProperty().get();
        editor.move(name, 3.04, -2.26);
        assertThat(name.xProperty().get()).isCloseTo(x + 3.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(editor.changedProperty().get()).isTrue();
        editor.moveTo(name, -40, 1000);
        assertThat(name.xProperty().get()).isZero();
        assertThat(name.yProperty().get() + name.heightProperty().get()).isCloseTo(editor.layoutProperty().get().heightMm(),
                org.assertj.core.api.Assertions.within(0.051));
    }

    @Test
    void savingStoresTheMovedFieldAndABadBoxIsRefusedWithItsName() {
        FieldModel gold = field(CertificateField.GOLD_BOOK);
        editor.moveTo(gold, 30.5, 150.2);
        gold.boldProperty().set(true);
        editor.save(() -> { });
        assertThat(dialogs.errors()).isEmpty();
        assertThat(editor.changedProperty().get()).isFalse();
        FieldBox stored = f.service.layout(editor.layoutProperty().get().code()).field(CertificateField.GOLD_BOOK).orElseThrow();
        assertThat(stored.xMm()).isEqualTo(30.5);
        assertThat(stored.yMm()).isEqualTo(150.2);
        assertThat(stored.bold()).isTrue();

        field(CertificateField.NAME).minFontSizeProperty().set(40);
        editor.save(() -> { });
        assertThat(dialogs.errors()).singleElement().asString().contains("Họ tên");
        assertThat(f.service.layout(editor.layoutProperty().get().code()).field(CertificateField.NAME).orElseThrow().minFontSize()).isLessThan(40);
    }

    @Test
    void theChosenDecisionIsWrittenAndThePrinterOffsetIsKept() {
        assertThat(page.decisions()).hasSize(f.app.dossiers().decisions().size());
        assertThat(page.decisionProperty().get()).isNotNull();
        page.printerProperty().set("Canon LBP");
        page.offsetXProperty().set(1.5);
        page.offsetYProperty().set(-2);
        page.saveOffset();
        assertThat(f.service.offset("Canon LBP").xMm()).isEqualTo(1.5);
        page.onBlankProperty().set(true);
        Path out = dir.resolve("blank.pdf");
        page.export(out, () -> { });
        assertThat(dialogs.errors()).isEmpty();
        assertThat(out).exists();
        assertThat(dialogs.notices()).anyMatch(n -> n.contains("Đã ghi " + page.decisionProperty().get().awardees().size() + " giấy khen"));
    }
}
