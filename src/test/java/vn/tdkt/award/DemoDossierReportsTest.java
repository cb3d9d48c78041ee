package vn.tdkt.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.Progress;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.db.DataFolder;
import vn.tdkt.demo.SampleSize;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.FormSource;
import vn.tdkt.doc.RenderedFiles;
import vn.tdkt.exemplar.Exemplar;
import vn.tdkt.scoring.PeriodKind;
import vn.tdkt.scoring.ScoringPeriod;
import vn.tdkt.scoring.Standing;

/**
 * The demo's award documents read back from both files: a nominee's báo cáo thành tích cites the scores of the unit
 * they serve in and their ĐHTT dossier as those features recorded them, a nominee without a dossier gets no ĐHTT
 * line; a decision prints only the parts of its list that have awardees. The expected figures are read from the
 * scoring and ĐHTT records, not written here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDossierReportsTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), ZoneOffset.ofHours(7));
    private static final Pattern LIST_PART = Pattern.compile("(?m)^\\s*([IV]+)\\. (CÁ NHÂN|TẬP THỂ)\\s*$");

    @TempDir
    static Path temp;
    private AppContext app;

    @BeforeAll
    void fillTheDemo() {
        app = AppContext.open(new DataFolder(temp.resolve("data")), TODAY);
        app.sampleData().fill(SampleSize.SMALL, Progress.NONE);
    }

    @AfterAll
    void close() {
        app.close();
    }

    @Test
    void aNomineesReportCitesTheirUnitsScoresAndTheirDhttDossier() throws Exception {
        Set<String> modelled = app.exemplars().exemplars().cards().stream().map(c -> app.exemplars().exemplars().get(c.id()))
                .map(Exemplar::personId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Vote nominee = app.dossiers().votes().stream().filter(v -> !v.collective() && modelled.contains(v.personId())).findFirst().orElseThrow();
        Exemplar model = app.exemplars().exemplars().cards().stream().map(c -> app.exemplars().exemplars().get(c.id()))
                .filter(e -> nominee.personId().equals(e.personId())).findFirst().orElseThrow();
        LocalDate reportDate = app.dossiers().meetingOf(nominee.id()).orElseThrow().date();
        assertThat(model.summaryOn()).isBeforeOrEqualTo(reportDate);

        String unitId = app.roster().get(nominee.personId()).unitId();
        ScoringPeriod year = app.scoring().scoring().periods().stream().filter(p -> p.kind() == PeriodKind.YEAR && p.year() == reportDate.getYear())
                .findFirst().orElseThrow();
        List<Standing> ranking = app.scoring().scoring().ranking(year.id());
        Standing unit = null;
        for (String id = unitId; unit == null && id != null; id = app.units().get(id).parentId()) {
            String current = id;
            unit = ranking.stream().filter(s -> s.member().id().equals(current)).findFirst().orElse(null);
        }
        assertThat(unit).as("the demo scores the unit the nominee serves in").isNotNull();

        for (String read : texts("personalReport", nominee.id())) {
            String text = flat(read);
            assertThat(text).contains("Kết quả chấm điểm thi đua của " + unit.member().name() + " (đơn vị công tác) năm " + year.year()
                    + " (bình quân từ tháng 1 đến tháng ")
                    .contains(VietnameseNumbers.decimal(unit.totals().total(), 2) + " điểm, xếp thứ " + unit.rank() + "/" + ranking.size()
                            + ", loại " + unit.band() + ".")
                    .contains("Được lựa chọn xây dựng điển hình tiên tiến về " + model.field().toLowerCase(java.util.Locale.ROOT)
                            + "; giai đoạn " + model.stage().documentLabel().toLowerCase(java.util.Locale.ROOT) + " từ ngày ")
                    .contains("Thành tích tóm tắt trong hồ sơ điển hình:");
            for (String line : model.summary().lines().toList()) {
                assertThat(text).contains(line.strip());
            }
            // The award history's part is still there after the new lines.
            assertThat(text.indexOf("Thành tích tóm tắt")).isLessThan(text.indexOf("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"));
        }
    }

    @Test
    void aNomineeWithoutADhttDossierGetsNoDhttLine() throws Exception {
        Set<String> modelled = app.exemplars().exemplars().cards().stream().map(c -> app.exemplars().exemplars().get(c.id()))
                .map(Exemplar::personId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Vote nominee = app.dossiers().votes().stream().filter(v -> !v.collective() && v.personId() != null && !modelled.contains(v.personId()))
                .findFirst().orElseThrow();
        for (String read : texts("personalReport", nominee.id())) {
            String text = flat(read);
            assertThat(text).contains("Kết quả chấm điểm thi đua của ").doesNotContain("điển hình tiên tiến").doesNotContain("hồ sơ điển hình");
        }
    }

    @Test
    void aCollectivesScoresAreTheTableOfItsResults() throws Exception {
        Vote company = app.dossiers().votes().stream().filter(Vote::collective).findFirst().orElseThrow();
        ScoringPeriod year = app.scoring().scoring().periods().stream().filter(p -> p.kind() == PeriodKind.YEAR).findFirst().orElseThrow();
        Standing standing = app.scoring().scoring().ranking(year.id()).stream().filter(s -> s.member().id().equals(company.unitId()))
                .findFirst().orElseThrow();
        for (String read : texts("collectiveReport", company.id())) {
            assertThat(flat(read)).contains("Kết quả chấm điểm thi đua của đơn vị:", "Kỳ chấm điểm", "Tổng điểm", "Xếp thứ", "Xếp loại",
                    VietnameseNumbers.decimal(standing.totals().total(), 2), standing.band());
        }
    }

    @Test
    void aDecisionListsOnlyThePartsThatHaveAwardees() throws Exception {
        Decision individuals = decisionWhere(false);
        Decision units = decisionWhere(true);
        for (String text : texts("decision", individuals.id())) {
            assertThat(parts(text)).containsExactly("I. CÁ NHÂN");
            assertThat(flat(text)).contains("cho " + individuals.awardees().size() + " cá nhân (có danh sách kèm theo)", "DANH SÁCH cá nhân được tặng",
                    "các cá nhân có tên tại Điều 1", "STT Họ và tên").doesNotContain("tập thể");
        }
        for (String text : texts("decision", units.id())) {
            assertThat(parts(text)).containsExactly("I. TẬP THỂ");
            assertThat(flat(text)).contains("cho " + units.awardees().size() + " tập thể (có danh sách kèm theo)", "DANH SÁCH tập thể được tặng",
                    "các tập thể có tên tại Điều 1", "STT Tên tập thể").doesNotContain("cá nhân");
        }
    }

    private Decision decisionWhere(boolean collective) {
        return app.dossiers().decisions().stream().filter(d -> d.awardees().stream().allMatch(a -> a.vote().collective() == collective))
                .findFirst().orElseThrow();
    }

    /** The numbered parts of a decision's list, as printed. */
    private static List<String> parts(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = LIST_PART.matcher(text);
        while (m.find()) {
            found.add(m.group(1) + ". " + m.group(2));
        }
        return found;
    }

    /** A PDF breaks a paragraph into lines where the .docx does not: compare words, not line breaks. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** The form for one record read back from its .docx and its PDF. */
    private List<String> texts(String formId, String recordId) throws Exception {
        FormSource form = app.forms().stream().filter(f -> f.id().equals(formId)).findFirst().orElseThrow();
        var document = form.build().apply(recordId);
        var writer = app.documentServices().writer();
        String docx = RenderedFiles.docxText(writer.render(document, DocumentFormat.DOCX));
        String pdf = RenderedFiles.pdfText(writer.render(document, DocumentFormat.PDF));
        return List.of(docx, pdf);
    }
}
