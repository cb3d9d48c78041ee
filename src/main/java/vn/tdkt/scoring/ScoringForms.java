package vn.tdkt.scoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.FormSource;
import vn.tdkt.settings.SettingsService;

/**
 * The scoring documents of one kỳ chấm điểm, each built from the records given only the period's id: the bảng xếp
 * hạng, the bảng tổng hợp điểm, the Bảng chấm điểm thi đua and the Báo cáo kết quả chấm điểm (quý, 6 tháng, năm; a
 * month works too). Each is dated on the period's last day (the day its results stand), never the day printed.
 */
public final class ScoringForms {
    private final ScoringService scoring;
    private final SettingsService settings;

    public ScoringForms(ScoringService scoring, SettingsService settings) {
        this.scoring = scoring;
        this.settings = settings;
    }

    /** What the Văn bản page and {@code docs render} offer, one choice per period. */
    List<FormSource> sources() {
        return List.of(
                new FormSource("scoringRanking", "Bang-xep-hang", "scoring.missing.period", this::periods, this::ranking, id -> List.of()),
                new FormSource("scoringSummary", "Bang-tong-hop-diem", "scoring.missing.period", this::periods, this::summary, id -> List.of()),
                new FormSource("scoringSheet", "Bang-cham-diem", "scoring.missing.period", this::periods, this::scoreSheet, id -> List.of()),
                new FormSource("scoringSheetPerUnit", "Bang-cham-diem-tung-don-vi", "scoring.missing.period", this::periods, this::scoreSheetPerMember,
                        id -> List.of()),
                new FormSource("scoringReport", "Bao-cao-ket-qua-cham-diem", "scoring.missing.period", this::periods, this::report, id -> List.of()));
    }

    public Document scoreSheet(String periodId) {
        ScoreSheet sheet = scoring.sheet(periodId);
        return new ScoreSheetForm(settings.letterheadForDocuments(), sheet, scoring.ranking(periodId), lastDay(sheet.period())).build();
    }

    /** The Bảng chấm điểm thi đua with one page per unit (or per person). */
    public Document scoreSheetPerMember(String periodId) {
        ScoreSheet sheet = scoring.sheet(periodId);
        return new ScoreSheetForm(settings.letterheadForDocuments(), sheet, scoring.ranking(periodId), lastDay(sheet.period())).buildPerMember();
    }

    public Document report(String periodId) {
        ScoreSheet sheet = scoring.sheet(periodId);
        return new ScoringReportForm(settings.letterheadForDocuments(), sheet, scoring.ranking(periodId),
                scoring.rolledUpFrom(periodId), scoring.pointsLostByAll(periodId), lastDay(sheet.period())).build();
    }

    private List<FormSource.Choice> periods() {
        return scoring.periods().stream().map(p -> new FormSource.Choice(p.id(), p.title(), p.title())).toList();
    }

    private Document ranking(String periodId) {
        ScoreSheet sheet = scoring.sheet(periodId);
        return ScoringDocuments.ranking(settings.letterheadForDocuments(), sheet, scoring.ranking(periodId), lastDay(sheet.period()));
    }

    private Document summary(String periodId) {
        ScoreSheet sheet = scoring.sheet(periodId);
        return ScoringDocuments.summary(settings.letterheadForDocuments(), sheet, scoring.ranking(periodId), lastDay(sheet.period()));
    }

    static LocalDate lastDay(ScoringPeriod period) {
        return YearMonth.of(period.year(), period.kind().lastMonth(period.number())).atEndOfMonth();
    }
}
