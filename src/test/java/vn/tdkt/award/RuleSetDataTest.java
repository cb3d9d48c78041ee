package vn.tdkt.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped rule sets hold the figures of domain.md §3 and say where each rule comes from. */
class RuleSetDataTest {
    private final RuleSet army = RuleSetJson.shipped("army");
    private final RuleSet civil = RuleSetJson.shipped("civil");

    @Test
    void bonusMultiplesAndThresholdsAreTheLaws() {
        Map<String, Double> bonus = Map.of("CSTT", 0.3, "CSTDCS", 1.0, "CSTDTQ", 3.0, "DVTT", 0.8, "DVQT", 1.5,
                "CTDQK", 6.0, "CTDBQP", 8.0, "CTDCP", 12.0);
        bonus.forEach((code, multiple) -> assertThat(army.title(code).orElseThrow().bonusMultiple()).as(code).isEqualTo(multiple));
        assertThat(army.title("CSTDCS").orElseThrow().voteThreshold()).isEqualTo(80.0);
        assertThat(army.title("CSTDTQ").orElseThrow().voteThreshold()).isEqualTo(90.0);
        assertThat(army.title("CTDCP").orElseThrow().voteThreshold()).isEqualTo(80.0);
        assertThat(civil.title("LDTT").orElseThrow().bonusMultiple()).isEqualTo(0.3);
        assertThat(civil.title("TTLDXS").orElseThrow().bonusMultiple()).isEqualTo(1.5);
        assertThat(civil.title("CSTDCB").orElseThrow().voteThreshold()).isEqualTo(90.0);
    }

    @Test
    void everyRuleNamesItsSourceAndEveryOpenFigureIsNoted() {
        for (RuleSet set : new RuleSet[] {army, civil}) {
            assertThat(set.version()).isEqualTo(1);
            for (TitleRule rule : set.titles()) {
                assertThat(rule.source().document()).as(rule.code()).isNotBlank();
                if (rule.source().article().isEmpty()) {
                    assertThat(rule.note()).as(rule.code()).contains("Điều, khoản chưa đối chiếu");
                }
                if (rule.voteThreshold() == null) {
                    assertThat(rule.note()).as(rule.code()).contains("Tỷ lệ phiếu chưa có");
                }
                if (rule.bonusMultiple() == null) {
                    assertThat(rule.note()).as(rule.code()).contains("Mức tiền thưởng chưa có");
                }
                if (rule.reviewOnly()) {
                    assertThat(rule.note()).as(rule.code()).contains("chưa nêu tiêu chí");
                }
            }
        }
        assertThat(army.titles()).extracting(TitleRule::code).doesNotHaveDuplicates();
        assertThat(army.sources()).anyMatch(s -> s.contains("118/2023/TT-BQP"));
        assertThat(civil.note()).contains("15/2025/TT-BNV");
    }

    @Test
    void theOldFifteenPercentCapIsNotShipped() {
        assertThat(army.title("CSTDCS").orElseThrow().cap()).isNull();
        assertThat(army.title("CSTDCS").orElseThrow().note()).contains("bỏ giới hạn 15%");
    }

    @Test
    void aWrittenSetReadsBackTheSame() {
        assertThat(RuleSetJson.read(RuleSetJson.write(army))).isEqualTo(army);
    }
}
