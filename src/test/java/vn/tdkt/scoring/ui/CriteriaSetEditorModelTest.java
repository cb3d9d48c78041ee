package vn.tdkt.scoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tdkt.core.Messages;
import vn.tdkt.scoring.Band;
import vn.tdkt.scoring.Comparison;
import vn.tdkt.scoring.CriteriaGroup;
import vn.tdkt.scoring.CriteriaSet;
import vn.tdkt.scoring.Criterion;
import vn.tdkt.scoring.CriterionKind;
import vn.tdkt.scoring.RollUp;
import vn.tdkt.scoring.SampleCriteriaSet;
import vn.tdkt.scoring.TieBreak;

/** The criteria-set editor without a window: lines as typed, the set they make, and every wrong input named. */
class CriteriaSetEditorModelTest {

    @Test
    void anUntouchedSetComesBackWithTheSameContent() {
        CriteriaSet sample = SampleCriteriaSet.draft();
        CriteriaSetEditorModel.Draft draft = CriteriaSetEditorModel.of(sample).draft();
        assertThat(draft.ok()).isTrue();
        CriteriaSet set = draft.set();
        assertThat(set.groups()).extracting(CriteriaGroup::name).isEqualTo(sample.groups().stream().map(CriteriaGroup::name).toList());
        assertThat(set.criteria()).extracting(Criterion::code, Criterion::kind, Criterion::maxPoints, Criterion::comparison, Criterion::target)
                .isEqualTo(sample.criteria().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.code(), c.kind(), c.maxPoints(), c.comparison(), c.target())).toList());
        assertThat(set.bonusCap()).isEqualTo(3.0);
        assertThat(set.penaltyCap()).isEqualTo(5.0);
        assertThat(set.bands()).isEqualTo(sample.bands());
        assertThat(set.tieBreak()).isEqualTo(TieBreak.BASE);
    }

    @Test
    void anEditMakesTheModelDirtyAndTypingTheValueBackMakesItCleanAgain() {
        CriteriaSetEditorModel model = CriteriaSetEditorModel.of(SampleCriteriaSet.draft());
        assertThat(model.dirty()).isFalse();
        String max = model.lines().getFirst().max.get();
        model.lines().getFirst().max.set("12");
        assertThat(model.dirty()).isTrue();
        model.lines().getFirst().max.set(max);
        assertThat(model.dirty()).isFalse();
        model.tieBreak.set(TieBreak.SHARED);
        assertThat(model.dirty()).as("a setting").isTrue();
        model.tieBreak.set(TieBreak.BASE);
        model.removeBand(0);
        assertThat(model.dirty()).as("a removed band").isTrue();

        CriteriaSetEditorModel blank = CriteriaSetEditorModel.blank();
        assertThat(blank.dirty()).isFalse();
        blank.lines().getFirst().guide.set(null);
        assertThat(blank.dirty()).as("a cleared cell").isTrue();
        blank.addLine(0);
        assertThat(blank.dirty()).isTrue();
    }

    @Test
    void aNewSetIsBuiltFromTypedLinesWithVietnameseDecimalsAndGroupsInTheirFirstOrder() {
        CriteriaSetEditorModel model = CriteriaSetEditorModel.blank();
        model.name.set("Bộ tiêu chí tiểu đoàn");
        model.rollUp.set(RollUp.SUM);
        model.bonusCap.set("2,5");
        fill(model.lines().getFirst(), "Huấn luyện", "HL1", "Kết quả huấn luyện", CriterionKind.POINTS, "10");
        int second = model.addLine(0);
        assertThat(model.lines().get(second).group.get()).isEqualTo("Huấn luyện");
        fill(model.lines().get(second), "Hậu cần", "HC1", "Quân số khỏe (%)", CriterionKind.THRESHOLD, "5");
        model.lines().get(second).comparison.set(Comparison.GT);
        model.lines().get(second).target.set("99,7");
        int third = model.addLine(second);
        fill(model.lines().get(third), "Huấn luyện", "HL2", "Bắn súng", CriterionKind.POINTS, "8");
        int bonus = model.addLine(third);
        fill(model.lines().get(bonus), "", "T1", "Thành tích đột xuất", CriterionKind.BONUS, "3");
        model.addBand();
        model.bands().getFirst().name.set("Tốt");
        model.bands().getFirst().minTotal.set("20");

        CriteriaSet set = model.draft().set();
        assertThat(set.groups()).extracting(CriteriaGroup::name).containsExactly("Huấn luyện", "Hậu cần");
        assertThat(set.groups().getFirst().criteria()).extracting(Criterion::code).containsExactly("HL1", "HL2");
        assertThat(set.groups().get(1).criteria().getFirst().target()).isEqualTo(99.7);
        assertThat(set.bonuses()).extracting(Criterion::code).containsExactly("T1");
        assertThat(set.bonusCap()).isEqualTo(2.5);
        assertThat(set.penaltyCap()).isNull();
        assertThat(set.rollUp()).isEqualTo(RollUp.SUM);
        assertThat(set.bands()).containsExactly(new Band("Tốt", 20));
        assertThat(set.maxBase()).isEqualTo(23.0);
    }

    @Test
    void linesMoveAndAreRemovedInPlace() {
        CriteriaSetEditorModel model = CriteriaSetEditorModel.of(SampleCriteriaSet.draft());
        assertThat(model.lines().get(0).code.get()).isEqualTo("HL1");
        assertThat(model.moveLine(0, 1)).isEqualTo(1);
        assertThat(model.lines().get(0).code.get()).isEqualTo("HL2");
        assertThat(model.moveLine(0, -1)).isZero();
        int size = model.lines().size();
        model.removeLine(0);
        assertThat(model.lines()).hasSize(size - 1);
        assertThat(model.draft().set().groups().getFirst().criteria()).extracting(Criterion::code).containsExactly("HL1", "HL3");
    }

    @Test
    void everyWrongInputIsNamedInVietnameseAndNothingIsGuessed() {
        Messages vi = Messages.vietnamese();
        assertThat(problem(m -> m.name.set("  "), vi)).isEqualTo("Bộ tiêu chí cần có tên.");
        assertThat(problem(m -> m.lines().get(1).max.set("mười"), vi)).isEqualTo("Dòng 2 (HL2): điểm tối đa phải là một số lớn hơn 0.");
        assertThat(problem(m -> m.lines().get(1).max.set("0"), vi)).startsWith("Dòng 2 (HL2)");
        assertThat(problem(m -> m.lines().get(2).code.set(""), vi)).isEqualTo("Dòng 3: cần có mã và tên tiêu chí.");
        assertThat(problem(m -> m.lines().getFirst().group.set(""), vi)).isEqualTo("Dòng 1 (HL1): tiêu chí chấm điểm hoặc chỉ tiêu phải thuộc một nhóm.");
        assertThat(problem(m -> m.lines().stream().filter(l -> l.code.get().equals("HC3")).findFirst().orElseThrow().target.set(""), vi))
                .contains("HC3").contains("giá trị chỉ tiêu");
        assertThat(problem(m -> m.bonusCap.set("-1"), vi)).isEqualTo("Điểm thưởng, điểm trừ tối đa phải để trống hoặc là một số không âm.");
        assertThat(problem(m -> m.bands().getFirst().minTotal.set("chín mươi"), vi)).isEqualTo("Mức xếp loại \"Xuất sắc\" cần tên và số điểm tối thiểu.");
        assertThat(problem(m -> m.lines().forEach(l -> l.kind.set(CriterionKind.BONUS)), vi)).isEqualTo("Bộ tiêu chí cần ít nhất một tiêu chí thuộc một nhóm.");
    }

    @Test
    void anEmptyLineIsSkippedNotRefused() {
        CriteriaSetEditorModel model = CriteriaSetEditorModel.of(SampleCriteriaSet.draft());
        model.addLine(-1);
        assertThat(model.draft().ok()).isTrue();
        assertThat(model.draft().set().criteria()).hasSize(SampleCriteriaSet.draft().criteria().size());
    }

    private static String problem(java.util.function.Consumer<CriteriaSetEditorModel> spoil, Messages messages) {
        CriteriaSetEditorModel model = CriteriaSetEditorModel.of(SampleCriteriaSet.draft());
        spoil.accept(model);
        CriteriaSetEditorModel.Draft draft = model.draft();
        assertThat(draft.ok()).isFalse();
        return draft.problem().describe(messages);
    }

    private static void fill(CriteriaSetEditorModel.Line line, String group, String code, String name, CriterionKind kind, String max) {
        line.group.set(group);
        line.code.set(code);
        line.name.set(name);
        line.kind.set(kind);
        line.max.set(max);
    }
}
