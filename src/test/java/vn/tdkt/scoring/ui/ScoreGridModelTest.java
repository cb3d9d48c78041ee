package vn.tdkt.scoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.core.Messages;
import vn.tdkt.scoring.Band;
import vn.tdkt.scoring.CriteriaGroup;
import vn.tdkt.scoring.CriteriaSet;
import vn.tdkt.scoring.Criterion;
import vn.tdkt.scoring.CriterionKind;
import vn.tdkt.scoring.Member;
import vn.tdkt.scoring.PeriodKind;
import vn.tdkt.scoring.RollUp;
import vn.tdkt.scoring.ScoreSheet;
import vn.tdkt.scoring.ScoringPeriod;
import vn.tdkt.scoring.ScoringPeriodRepository;
import vn.tdkt.scoring.TieBreak;

/** The grid without a window: live totals and ranks, refused values kept as typed, paste from Excel. */
class ScoreGridModelTest {
    private static final List<Criterion> CRITERIA = List.of(
            new Criterion("a", "g", "A", "Huấn luyện", CriterionKind.POINTS, 10, null, null, null),
            new Criterion("b", "g", "B", "Kỷ luật", CriterionKind.POINTS, 5, null, null, null),
            new Criterion("p", null, "TR", "Vi phạm", CriterionKind.PENALTY, 5, null, null, null));
    private static final List<Member> MEMBERS = List.of(new Member("1", "c1", "Đại đội 1"), new Member("2", "c2", "Đại đội 2"), new Member("3", "c3", "Đại đội 3"));

    private static ScoreGridModel grid(boolean locked, Map<String, Map<String, ScoringPeriodRepository.Cell>> cells) {
        CriteriaSet set = new CriteriaSet("s", "s", 1, "Bộ thử", false, RollUp.AVERAGE, TieBreak.SHARED, null, null,
                List.of(new CriteriaGroup("g", "Nhóm", CRITERIA.subList(0, 2))), List.of(), List.of(CRITERIA.get(2)), List.of(new Band("Tốt", 12)));
        return new ScoreGridModel(new ScoreSheet(new ScoringPeriod("p", "s", PeriodKind.MONTH, 2026, 3, "Tháng 3/2026", null, false, locked),
                set, MEMBERS, cells), Messages.vietnamese());
    }

    @Test
    void typingUpdatesTheRowTotalAndEveryRank() {
        ScoreGridModel grid = grid(false, Map.of());
        grid.type(0, 0, "8");
        grid.type(1, 0, "9");
        assertThat(grid.rows()).extracting(r -> r.rankProperty().get()).containsExactly("2", "1", "3");
        grid.type(0, 1, "4,5");
        assertThat(grid.rows().getFirst().totalProperty().get()).isEqualTo("12,5");
        assertThat(grid.rows().getFirst().bandProperty().get()).isEqualTo("Tốt");
        assertThat(grid.rows()).extracting(r -> r.rankProperty().get()).containsExactly("1", "2", "3");
        grid.type(0, 2, "5");
        assertThat(grid.rows().getFirst().totalProperty().get()).isEqualTo("7,5");
        assertThat(grid.changes()).hasSize(4);
    }

    @Test
    void aValueOverItsMaximumStaysAsTypedIsMarkedAndIsNotCountedOrSaved() {
        ScoreGridModel grid = grid(false, Map.of());
        grid.type(0, 0, "7");
        grid.type(0, 1, "6");
        ScoreGridModel.CellModel cell = grid.rows().getFirst().cells().get(1);
        assertThat(cell.textProperty().get()).isEqualTo("6");
        assertThat(cell.errorProperty().get()).contains("Đại đội 1").contains("vượt điểm tối đa 5");
        assertThat(grid.messageProperty().get()).isEqualTo(cell.errorProperty().get());
        assertThat(grid.rows().getFirst().totalProperty().get()).isEqualTo("7");
        assertThat(grid.hasRefusedCells()).isTrue();
        assertThat(grid.changes()).extracting(c -> c.criterionId()).containsExactly("a");
        grid.type(0, 1, "5");
        assertThat(cell.errorProperty().get()).isEmpty();
        assertThat(grid.rows().getFirst().totalProperty().get()).isEqualTo("12");
    }

    @Test
    void aPastedBlockFillsFromTheCellMarksBadValuesAndDropsWhatFallsOutside() {
        ScoreGridModel grid = grid(false, Map.of());
        grid.paste(1, 0, "9\t4\t0\t7\r\n8,5\tabc\r\n6\t3\n");
        assertThat(grid.rows().get(1).cells()).extracting(c -> c.textProperty().get()).containsExactly("9", "4", "0");
        assertThat(grid.rows().get(2).cells().get(1).errorProperty().get()).contains("Phải là một số");
        assertThat(grid.rows().get(2).totalProperty().get()).isEqualTo("8,5");
        assertThat(grid.messageProperty().get()).isEqualTo("Đã dán 4 ô; 1 ô không hợp lệ (đánh dấu đỏ); 3 ô nằm ngoài bảng bị bỏ qua.");
    }

    @Test
    void storedValuesAndNotesShowAndALockedGridTakesNothing() {
        ScoreGridModel grid = grid(true, Map.of("2", Map.of("a", new ScoringPeriodRepository.Cell(9.0, "Biên bản 12/3"))));
        assertThat(grid.rows().get(1).cells().getFirst().textProperty().get()).isEqualTo("9");
        assertThat(grid.rows().get(1).cells().getFirst().noteProperty().get()).isEqualTo("Biên bản 12/3");
        grid.type(0, 0, "10");
        assertThat(grid.rows().getFirst().cells().getFirst().textProperty().get()).isEmpty();
        assertThat(grid.messageProperty().get()).contains("đã khóa");
        assertThat(grid.changes()).isEmpty();
    }

    @Test
    void aNoteAloneIsAChange() {
        ScoreGridModel grid = grid(false, Map.of());
        grid.note(2, 0, "Kiểm tra đột xuất");
        assertThat(grid.changes()).singleElement().satisfies(c -> {
            assertThat(c.value()).isNull();
            assertThat(c.note()).isEqualTo("Kiểm tra đột xuất");
        });
    }
}
