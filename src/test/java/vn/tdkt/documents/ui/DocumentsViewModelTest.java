package vn.tdkt.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.Messages;
import vn.tdkt.db.DataFolder;
import vn.tdkt.demo.SampleData;
import vn.tdkt.demo.SampleSize;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentType;
import vn.tdkt.doc.RenderedFiles;
import vn.tdkt.doc.FormSource;
import vn.tdkt.ui.ImmediateTaskRunner;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.UiContext;

/** The Văn bản page's main path without a window: issue numbers, preview a form, turn pages, zoom, save. */
class DocumentsViewModelTest {
    private static final Clock TODAY = Clock.fixed(java.time.Instant.parse("2026-11-29T03:00:00Z"), java.time.ZoneOffset.ofHours(7));
    @TempDir
    Path temp;
    private AppContext app;
    private RecordingDialogs dialogs;
    private DocumentsViewModel model;

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Another test started the toolkit; images only need it running.
        }
    }

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(temp.resolve("data")), TODAY);
        Messages messages = Messages.vietnamese();
        dialogs = new RecordingDialogs(messages);
        model = new DocumentsViewModel(new UiContext(messages, new ImmediateTaskRunner(dialogs), dialogs), app.documentServices());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void withoutLetterheadNumbersAndPreviewsAreRefusedWithTheReason() {
        model.refresh();
        assertThat(model.nextNumberProperty().get()).isEmpty();
        model.subjectProperty().set("Khen thưởng");
        model.issue();
        assertThat(model.entries()).isEmpty();
        model.chooseForm(form("minutes"));
        assertThat(model.records()).isEmpty();
        assertThat(model.missingProperty().get()).isEqualTo("Chưa có cuộc họp Hội đồng Thi đua - Khen thưởng nào được ghi nhận.");
        AtomicReference<PreviewViewModel> preview = new AtomicReference<>();
        model.preview(form("minutes"), new FormSource.Choice("none", "", ""), preview::set);
        assertThat(preview.get()).isNull();
        assertThat(dialogs.errors()).hasSize(2).allSatisfy(error -> assertThat(error).contains("Tên đơn vị"));
    }

    @Test
    void issuesNumbersAfterTheDemosAndAcceptsATypedOne() {
        app.sampleData().fill(SampleSize.SMALL, vn.tdkt.core.Progress.NONE);
        model.refresh();
        model.typeProperty().set(DocumentType.PROPOSAL);
        assertThat(model.nextNumberProperty().get()).as("the demo's two Tờ trình took 01 and 02").isEqualTo("03/TTr-TrĐ19");
        model.subjectProperty().set("Đề nghị tặng Giấy khen");
        model.issue();
        assertThat(model.entries()).extracting(e -> e.number()).startsWith("03/TTr-TrĐ19");
        assertThat(model.subjectProperty().get()).isEmpty();
        assertThat(model.nextNumberProperty().get()).isEqualTo("04/TTr-TrĐ19");
        model.subjectProperty().set("Số nhập tay");
        model.typedNumberProperty().set("07/TTr-TrĐ19");
        model.issue();
        model.subjectProperty().set("Trùng số");
        model.typedNumberProperty().set("07/TTr-TrĐ19");
        model.issue();
        assertThat(model.subjectProperty().get()).as("a refused number keeps what was typed").isEqualTo("Trùng số");
        assertThat(dialogs.errors()).singleElement().asString().contains("07/TTr-TrĐ19");
        assertThat(model.entries()).extracting(e -> e.number()).startsWith("07/TTr-TrĐ19", "03/TTr-TrĐ19");
        assertThat(model.nextNumberProperty().get()).isEqualTo("08/TTr-TrĐ19");
    }

    @Test
    void previewsAFormFromTheChosenRecordTurnsPagesZoomsAndSavesBothFormats() throws Exception {
        app.sampleData().fill(SampleSize.SMALL, vn.tdkt.core.Progress.NONE);
        FormSource proposal = form("proposal");
        model.chooseForm(proposal);
        // The demo's two Tờ trình, one per title.
        assertThat(model.records()).hasSize(2);
        FormSource.Choice first = model.records().stream().filter(choice -> choice.label().startsWith("Số 01/TTr-TrĐ19, 23/11/2026"))
                .findFirst().orElseThrow();
        AtomicReference<PreviewViewModel> opened = new AtomicReference<>();
        model.preview(proposal, first, opened::set);
        String nominee = app.dossiers().proposals().stream().filter(p -> p.id().equals(first.id())).findFirst().orElseThrow()
                .nominees().getFirst().name();
        try (PreviewViewModel preview = opened.get()) {
            assertThat(preview.pageCount()).isEqualTo(2);
            preview.show();
            double firstWidth = preview.imageProperty().get().getWidth();
            preview.nextPage();
            preview.nextPage();
            assertThat(preview.pageProperty().get()).isEqualTo(1);
            preview.zoomIn();
            assertThat(preview.zoomProperty().get()).isEqualTo(1.25);
            assertThat(preview.imageProperty().get().getWidth()).isGreaterThan(firstWidth * 1.2);
            for (int i = 0; i < 20; i++) {
                preview.zoomOut();
            }
            assertThat(preview.zoomProperty().get()).isEqualTo(PreviewViewModel.MIN_ZOOM);
            assertThat(preview.suggestedFileName(DocumentFormat.DOCX)).isEqualTo("To-trinh-khen-thuong-01-TTr-TrD19.docx");
            Path docx = temp.resolve("out").resolve(preview.suggestedFileName(DocumentFormat.DOCX));
            Path pdf = temp.resolve("out").resolve(preview.suggestedFileName(DocumentFormat.PDF));
            preview.save(DocumentFormat.DOCX, docx);
            preview.save(DocumentFormat.PDF, pdf);
            assertThat(RenderedFiles.pdfText(Files.readAllBytes(pdf))).contains(nominee);
            try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
                assertThat(document.getTables()).isNotEmpty();
            }
            assertThat(dialogs.notices()).hasSize(2);
        }
        assertThat(dialogs.errors()).isEmpty();
    }

    private FormSource form(String id) {
        return model.forms().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aDossierThatContradictsItselfIsNotPreviewedAndTheDialogNamesWhy() {
        app.sampleData().fill(SampleSize.SMALL, vn.tdkt.core.Progress.NONE);
        vn.tdkt.award.Proposal proposal = app.dossiers().proposals().getFirst();
        app.dossiers().decide(proposal.date().minusDays(1), new vn.tdkt.award.Decision(null, null, proposal.id(), "Giấy khen", "xuất sắc",
                "quỹ thi đua", "Chủ nhiệm Chính trị", java.util.List.of()));
        FormSource decision = form("decision");
        model.chooseForm(decision);
        FormSource.Choice early = model.records().stream().filter(c -> c.label().contains("22/11/2026")).findFirst().orElseThrow();
        AtomicReference<PreviewViewModel> opened = new AtomicReference<>();
        model.preview(decision, early, opened::set);
        assertThat(opened.get()).isNull();
        // The demo's two decisions took 01 and 02/QĐ.
        assertThat(dialogs.errors()).singleElement().asString()
                .contains("Quyết định số 03/QĐ-TrĐ19 ngày 22/11/2026 đề ngày trước Tờ trình số " + proposal.letter().number() + " ngày 23/11/2026");
    }
}
