package vn.tdkt.scoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.FormSource;

/**
 * The scoring documents the Văn bản page and {@code docs render} offer, one per kỳ chấm điểm: the bảng xếp hạng and
 * the bảng tổng hợp điểm, each dated on the period's last day (the day its results stand), never the day printed.
 */
final class ScoringForms {
    private final ScoringServices services;

    ScoringForms(ScoringServices services) {
        this.services = services;
    }

    List<FormSource> forms() {
        return List.of(
                new FormSource("scoringRanking", "Bang-xep-hang", "scoring.missing.period", this::periods, this::ranking, id -> List.of()),
                new FormSource("scoringSummary", "Bang-tong-hop-diem", "scoring.missing.period", this::periods, this::summary, id -> List.of()));
    }

    private List<FormSource.Choice> periods() {
        return services.scoring().periods().stream()
                .map(p -> new FormSource.Choice(p.id(), p.title(), p.title())).toList();
    }

    private Document ranking(String periodId) {
        ScoreSheet sheet = services.scoring().sheet(periodId);
        return ScoringDocuments.ranking(services.settings().letterheadForDocuments(), sheet, services.scoring().ranking(periodId), lastDay(sheet.period()));
    }

    private Document summary(String periodId) {
        ScoreSheet sheet = services.scoring().sheet(periodId);
        return ScoringDocuments.summary(services.settings().letterheadForDocuments(), sheet, services.scoring().ranking(periodId), lastDay(sheet.period()));
    }

    static LocalDate lastDay(ScoringPeriod period) {
        return YearMonth.of(period.year(), period.kind().lastMonth(period.number())).atEndOfMonth();
    }
}
