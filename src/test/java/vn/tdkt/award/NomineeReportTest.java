package vn.tdkt.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.FormSource;
import vn.tdkt.doc.RenderedFiles;
import vn.tdkt.exemplar.Discovery;
import vn.tdkt.exemplar.Exemplar;
import vn.tdkt.exemplar.Stage;
import vn.tdkt.scoring.CellChange;
import vn.tdkt.scoring.CriteriaSet;
import vn.tdkt.scoring.CriterionKind;
import vn.tdkt.scoring.PeriodKind;
import vn.tdkt.scoring.SampleCriteriaSet;
import vn.tdkt.scoring.ScoringPeriod;
import vn.tdkt.scoring.Standing;
import vn.tdkt.settings.Letterhead;

/**
 * A báo cáo thành tích on a real data folder, through the root's wiring of the scoring and ĐHTT features into the
 * award's forms: with no scores and no dossier it cites neither; a person scored on their own is cited with their own
 * figures, a period that began after the report is not, and a dossier or summary recorded after the report is not.
 */
class NomineeReportTest {
    private static final LocalDate MEETING = LocalDate.of(2026, 11, 10);

    @TempDir
    Path dir;
    private AwardFixture f;
    private Vote an;

    @BeforeEach
    void open() {
        f = new AwardFixture(dir);
        f.app.settings().saveLetterhead(new Letterhead("Sư đoàn 399", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh", "Trung đoàn trưởng", "Đại tá",
                "Nguyễn Văn Thắng", "Chính ủy", "Thượng tá", "Trần Đức Hưởng"));
        CouncilMeeting meeting = f.app.dossiers().recordMeeting(MEETING, new CouncilMeeting(null, null, LocalTime.of(8, 0), LocalTime.of(10, 0),
                "Hội trường", "xét đề nghị tặng Chiến sĩ thi đua cơ sở năm 2026", "Thượng tá Trần Đức Hưởng", "Đại úy Lê Văn Tâm", 9, 9, "",
                List.of("Hội đồng xem xét hồ sơ."), "Hội đồng thống nhất.", List.of(new Vote(null, f.an.id(), "Nguyễn Văn An", "Thượng úy",
                        "Trung đội trưởng, Đại đội 1", false, "Chiến sĩ thi đua cơ sở", 9, true, "Hoàn thành xuất sắc nhiệm vụ"))));
        an = meeting.votes().getFirst();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void withoutScoresOrADossierTheReportCitesNeither() throws Exception {
        for (String text : report()) {
            assertThat(text).contains("Hoàn thành xuất sắc nhiệm vụ.").doesNotContain("chấm điểm").doesNotContain("điển hình")
                    .doesNotContain("điểm, xếp thứ");
        }
    }

    @Test
    void aPersonScoredOnTheirOwnIsCitedWithTheirFiguresOnlyForPeriodsBegunByTheReport() throws Exception {
        CriteriaSet set = f.app.scoring().sets().create(SampleCriteriaSet.draft());
        String points = set.criteria().stream().filter(c -> c.kind() == CriterionKind.POINTS).findFirst().orElseThrow().id();
        ScoringPeriod october = f.app.scoring().scoring().openForPeople(set.id(), PeriodKind.MONTH, 2026, 10, f.c1.id());
        ScoringPeriod december = f.app.scoring().scoring().openForPeople(set.id(), PeriodKind.MONTH, 2026, 12, f.c1.id());
        f.app.scoring().scoring().save(october.id(), List.of(new CellChange(f.an.id(), points, 7.0, null), new CellChange(f.binh.id(), points, 9.0, null)));
        f.app.scoring().scoring().save(december.id(), List.of(new CellChange(f.an.id(), points, 3.0, null)));
        List<Standing> ranking = f.app.scoring().scoring().ranking(october.id());
        Standing own = ranking.stream().filter(s -> s.member().id().equals(f.an.id())).findFirst().orElseThrow();

        for (String text : report()) {
            assertThat(text).contains("Kết quả chấm điểm thi đua tháng 10/2026: " + VietnameseNumbers.decimal(own.totals().total(), 2)
                    + " điểm, xếp thứ " + own.rank() + "/" + ranking.size()).doesNotContain("tháng 12/2026").doesNotContain("(đơn vị công tác)");
        }
        assertThat(own.rank()).isEqualTo(2);
    }

    @Test
    void aDossierIsCitedAsItStoodOnTheReportsDate() throws Exception {
        var exemplars = f.app.exemplars().exemplars();
        Exemplar model = exemplars.discover(Discovery.ofPerson(f.an.id(), "Huấn luyện", "Bắn giỏi", "Ban Chính trị", MEETING.minusDays(60), List.of()));
        exemplars.move(model.id(), Stage.NURTURING, MEETING.minusDays(40), "Kế hoạch bồi dưỡng");
        // Written and moved on after the council met: the report, dated on the meeting, does not know it yet.
        exemplars.saveSummary(model.id(), "Ba năm liền bắn giỏi.", MEETING.plusDays(5));
        exemplars.move(model.id(), Stage.SUMMARIZED, MEETING.plusDays(5), "Tổng kết");

        for (String text : report()) {
            assertThat(text).contains("Được lựa chọn xây dựng điển hình tiên tiến về huấn luyện; giai đoạn bồi dưỡng từ ngày "
                    + vn.tdkt.core.VietnameseDates.shortForm(MEETING.minusDays(40)) + ".").doesNotContain("Ba năm liền").doesNotContain("tổng kết");
        }
    }

    /** An's report from the root's forms, read back from the .docx and the PDF, whitespace as one space. */
    private List<String> report() throws Exception {
        FormSource form = f.app.forms().stream().filter(s -> s.id().equals("personalReport")).findFirst().orElseThrow();
        var document = form.build().apply(an.id());
        var writer = f.app.documentServices().writer();
        return List.of(RenderedFiles.docxText(writer.render(document, DocumentFormat.DOCX)),
                RenderedFiles.pdfText(writer.render(document, DocumentFormat.PDF))).stream().map(t -> t.replaceAll("\\s+", " ")).toList();
    }
}
