package vn.tdkt.org.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.ui.ImmediateTaskRunner;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.UiContext;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.db.DataFolder;
import vn.tdkt.org.ChoiceList;

class ChoiceListsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void addMoveAndRemoveAreSavedInOrder() {
        DataFolder folder = new DataFolder(dir);
        try (AppContext app = AppContext.open(folder, Clock.systemUTC())) {
            RecordingDialogs dialogs = new RecordingDialogs(app.messages());
            ChoiceListsViewModel model = new ChoiceListsViewModel(new UiContext(app.messages(), new ImmediateTaskRunner(dialogs), dialogs), app.roster());
            model.load();
            assertThat(model.items(ChoiceList.RANK)).startsWith("Binh nhì", "Binh nhất").contains("Đại tá");
            List<String> added = new ArrayList<>();
            for (String name : List.of("  Trợ lý   tuyên huấn ", "trợ lý  TUYÊN HUẤN", "Chính uỷ", "   ")) {
                model.add(ChoiceList.POSITION, name, () -> added.add(name));
            }
            assertThat(added).as("the same name in other case, spacing or tone placement, or blank, is not added again")
                    .containsExactly("  Trợ lý   tuyên huấn ");
            int last = model.items(ChoiceList.POSITION).size() - 1;
            assertThat(model.items(ChoiceList.POSITION).get(last)).isEqualTo("Trợ lý tuyên huấn");
            assertThat(model.move(ChoiceList.POSITION, last, -1)).isEqualTo(last - 1);
            assertThat(model.move(ChoiceList.POSITION, 0, -1)).as("the first cannot move up").isZero();
            model.remove(ChoiceList.RANK, "Binh nhì");
        }
        try (AppContext app = AppContext.open(folder, Clock.systemUTC())) {
            var positions = app.roster().choices(ChoiceList.POSITION);
            assertThat(positions.get(positions.size() - 2)).isEqualTo("Trợ lý tuyên huấn");
            assertThat(app.roster().choices(ChoiceList.RANK)).doesNotContain("Binh nhì").startsWith("Binh nhất");
        }
    }
}
