package vn.tdkt.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Eligibility's qualifying list becomes the council's ballot, each line passed or not over total membership. */
class CouncilBallotsTest {
    @TempDir
    Path dir;
    private AwardFixture f;

    @BeforeEach
    void open() {
        f = new AwardFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void qualifyingCandidatesBecomeBallotLinesCheckedAgainstTheThreshold() {
        f.records.classify(2026, SubjectKind.PERSON, Map.of(f.an.id(), Grade.HTXSNV, f.binh.id(), Grade.HTXSNV, f.cuong.id(), Grade.HTTNV));
        TitleResult base = f.eligibility.report(2026, f.c1.id(), "CSTDCS").titles().getFirst();
        // Eleven members, two of them absent and voting in writing: 9 of 11 is 81.8 %, 8 of 11 is 72.7 %.
        var lines = new CouncilBallots(f.app.roster()).lines(base, 11, Map.of(f.an.id(), 9, f.binh.id(), 8, f.cuong.id(), 11));
        assertThat(lines).extracting(v -> v.name() + ":" + v.votes() + ":" + v.passed())
                .containsExactly("Nguyễn Văn An:9:true", "Trần Văn Bình:8:false");
        assertThat(lines).allSatisfy(v -> {
            assertThat(v.award()).isEqualTo("Chiến sĩ thi đua cơ sở");
            assertThat(v.positionAndUnit()).isEqualTo("Đại đội 1");
            assertThat(v.collective()).isFalse();
        });
    }
}
