package vn.tdkt.org.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
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
            ChoiceListsViewModel model = new ChoiceListsViewModel(app.roster());
            assertThat(model.items(ChoiceList.RANK)).startsWith("Binh nhì", "Binh nhất").contains("Đại tá");
            assertThat(model.add(ChoiceList.POSITION, "  Trợ lý   tuyên huấn ")).isTrue();
            assertThat(model.add(ChoiceList.POSITION, "trợ lý  TUYÊN HUẤN")).as("same name in other case and spacing").isFalse();
            assertThat(model.add(ChoiceList.POSITION, "Chính uỷ")).as("same name with the other tone placement").isFalse();
            assertThat(model.add(ChoiceList.POSITION, "   ")).isFalse();
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
