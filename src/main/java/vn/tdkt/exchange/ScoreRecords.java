package vn.tdkt.exchange;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tdkt.core.AppException;
import vn.tdkt.scoring.PeriodKind;
import vn.tdkt.scoring.ScoreSheet;
import vn.tdkt.scoring.ScoringPeriod;
import vn.tdkt.scoring.Standing;

/**
 * The JSON form of a snapshot's scores ({@code data/scores.json}): each period that ranks units of the
 * snapshot, with the criteria set's name, version and fingerprint and every member unit's totals.
 * Reading checks every record; the first unreadable one refuses the package, naming it.
 */
final class ScoreRecords {
    private ScoreRecords() {
    }

    record TotalJson(String unitId, String unitName, double base, double bonus, double penalty) {
    }

    record PeriodJson(String id, String title, String kind, int year, int number, String setName, int setVersion,
                      String setFingerprint, TotalJson[] totals) {
        /** A period of this installation with its members' totals as its ranking has them. */
        static PeriodJson of(ScoringPeriod period, ScoreSheet sheet, List<Standing> ranking) {
            TotalJson[] totals = ranking.stream()
                    .map(s -> new TotalJson(s.member().id(), s.member().name(), s.totals().base(), s.totals().bonus(), s.totals().penalty()))
                    .toArray(TotalJson[]::new);
            return new PeriodJson(period.id(), period.title(), period.kind().name(), period.year(), period.number(), sheet.set().name(),
                    sheet.set().version(), CriteriaFingerprint.of(sheet.set()), totals);
        }

        PeriodJson checked() {
            PeriodKind periodKind = periodKind();
            if (id == null || DossierRecords.required(title) == null || DossierRecords.required(setName) == null
                    || setFingerprint == null || !setFingerprint.matches("[0-9a-f]{64}") || number < 1 || number > periodKind.perYear()
                    || year < 1900 || year > 2999 || totals == null) {
                throw new AppException("exchange.error.badRecords", "score period " + title);
            }
            Set<String> units = new HashSet<>();
            for (TotalJson t : totals) {
                if (t == null || t.unitId() == null || DossierRecords.required(t.unitName()) == null || !units.add(t.unitId())
                        || !Double.isFinite(t.base()) || !Double.isFinite(t.bonus()) || !Double.isFinite(t.penalty())) {
                    throw new AppException("exchange.error.badRecords", "score period " + title);
                }
            }
            return new PeriodJson(id, DossierRecords.required(title), kind, year, number, DossierRecords.required(setName), setVersion,
                    setFingerprint, totals);
        }

        PeriodKind periodKind() {
            try {
                return PeriodKind.valueOf(kind);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new AppException(e, "exchange.error.badRecords", "score period kind " + kind);
            }
        }
    }

    record Scores(PeriodJson[] periods) {
    }
}
