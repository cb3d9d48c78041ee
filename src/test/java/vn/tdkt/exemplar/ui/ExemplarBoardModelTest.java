package vn.tdkt.exemplar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.db.DataFolder;
import vn.tdkt.exemplar.Card;
import vn.tdkt.exemplar.Stage;
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.Unit;
import vn.tdkt.ui.ImmediateTaskRunner;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.UiContext;

/** The board's state without a window: columns per stage, filters, the chosen model, refused dates. */
class ExemplarBoardModelTest {
    @TempDir
    Path dir;
    private AppContext app;
    private RecordingDialogs dialogs;
    private ExemplarBoardModel model;
    private Unit c1;
    private Unit c2;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(dir.resolve("data")), java.time.Clock.systemDefaultZone());
        dialogs = new RecordingDialogs(app.messages());
        UiContext ui = new UiContext(app.messages(), new ImmediateTaskRunner(dialogs), dialogs);
        Unit regiment = app.units().add(null, "TrD19", "Trung đoàn 19", null, "Trung đoàn");
        c1 = app.units().add(regiment.id(), "c1", "Đại đội 1", null, "Đại đội");
        c2 = app.units().add(regiment.id(), "c2", "Đại đội 2", null, "Đại đội");
        app.roster().add(c1.id(), PersonDetails.named("Nguyễn Văn Hùng"));
        app.roster().add(c2.id(), PersonDetails.named("Trần Thị Lan"));
        model = new ExemplarBoardModel(ui, app.exemplars(), app.roster(), app.units());
        model.load();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private RosterEntry person(String text) {
        return app.roster().search(RosterQuery.text(text)).getFirst();
    }

    @Test
    void discoveringCheckingAndMovingFillTheColumnsAndTheChosenModel() {
        model.discover(person("hung"), null, "Huấn luyện", "Bắn giỏi", "Ban Chính trị", model.today(), List.of(), () -> { });
        model.discover(null, c2, "Tăng gia sản xuất", "Rau xanh", "Ban Hậu cần", model.today(), List.of(), () -> { });
        assertThat(dialogs.errors()).isEmpty();
        assertThat(model.column(Stage.DISCOVERED)).extracting(Card::subjectName).containsExactly("Đại đội 2", "Nguyễn Văn Hùng");
        assertThat(model.selectionProperty().get().dossier().exemplar().subjectName()).as("the new model is shown").isEqualTo("Đại đội 2");

        model.select(model.column(Stage.DISCOVERED).get(1).id());
        model.addCheck(model.today(), "Đạt yêu cầu", "Khá", "Tiếp tục", () -> { });
        model.move(Stage.NURTURING, model.today(), "Thông qua kế hoạch", () -> { });
        assertThat(model.column(Stage.NURTURING)).extracting(Card::subjectName).containsExactly("Nguyễn Văn Hùng");
        assertThat(model.counts()).containsEntry(Stage.DISCOVERED, 1).containsEntry(Stage.NURTURING, 1);
        assertThat(model.selectionProperty().get().dossier().checks()).extracting(c -> c.result()).containsExactly("Đạt yêu cầu");
        assertThat(model.selectionProperty().get().dossier().exemplar().stage()).isEqualTo(Stage.NURTURING);

        model.fieldFilterProperty().set("Tăng gia sản xuất");
        assertThat(model.column(Stage.NURTURING)).isEmpty();
        assertThat(model.column(Stage.DISCOVERED)).hasSize(1);
        model.fieldFilterProperty().set(null);
        model.unitFilterProperty().set(c1);
        assertThat(model.column(Stage.DISCOVERED)).isEmpty();
        assertThat(model.column(Stage.NURTURING)).hasSize(1);
        assertThat(model.optionsProperty().get().years()).containsExactly(java.time.LocalDate.now().getYear());
    }

    @Test
    void anUnreadableDateOrAMissingChoiceIsShownAsAVietnameseErrorAndNothingChanges() {
        model.guard(() -> model.discover(person("hung"), null, "Huấn luyện", "Bắn giỏi", "Ban", "31/02/2026", List.of(), () -> { }));
        model.guard(() -> model.discover(null, null, "Huấn luyện", "Bắn giỏi", "Ban", model.today(), List.of(), () -> { }));
        model.guard(() -> model.addCheck(model.today(), "Đạt", null, null, () -> { }));
        assertThat(dialogs.errors()).containsExactly(
                "Ngày phát hiện \"31/02/2026\" không đọc được. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/12/2026.",
                "Hãy chọn một người trong danh sách quân số hoặc một tập thể trong cây đơn vị.",
                "Hãy chọn một điển hình trên bảng trước.");
        assertThat(app.exemplars().exemplars().cards()).isEmpty();

        model.discover(person("lan"), null, "Dân vận", "Giúp dân", "Ban", model.today(), List.of(), () -> { });
        model.move(Stage.REPLICATED, model.today(), null, () -> { });
        assertThat(dialogs.errors()).last().isEqualTo("Không thể chuyển thẳng từ Phát hiện sang Nhân rộng: mỗi lần chỉ tiến một giai đoạn.");
        assertThat(model.column(Stage.DISCOVERED)).hasSize(1);
    }
}
