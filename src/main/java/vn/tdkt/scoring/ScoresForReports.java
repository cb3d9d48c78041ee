package vn.tdkt.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.tdkt.award.NomineeScores;
import vn.tdkt.award.SubjectKind;
import vn.tdkt.org.OrgServices;
import vn.tdkt.org.Unit;

/**
 * The scoring figures a báo cáo thành tích cites: for the nominee's year, the widest periods the nominee (or, for a
 * person who is not scored alone, the nearest unit above them) was scored in — the year rather than its quarters,
 * the quarters rather than the months — each with its total, place and band. A period that had not begun by the
 * report's date, or that has nothing to add up yet, is left out: the report cites only what was scored.
 */
final class ScoresForReports implements NomineeScores {
    private final Supplier<ScoringService> scoring;
    private final Supplier<OrgServices> org;

    ScoresForReports(Supplier<ScoringService> scoring, Supplier<OrgServices> org) {
        this.scoring = scoring;
        this.org = org;
    }

    @Override
    public List<Figure> of(SubjectKind kind, String subjectId, LocalDate asOf) {
        if (subjectId == null) {
            return List.of();
        }
        List<ScoringPeriod> periods = scoring.get().periods().stream()
                .filter(p -> p.year() == asOf.getYear() && !LocalDate.of(p.year(), p.kind().firstMonth(p.number()), 1).isAfter(asOf))
                .sorted(Comparator.comparing(ScoringPeriod::kind).reversed().thenComparingInt(ScoringPeriod::number))
                .toList();
        if (kind == SubjectKind.PERSON) {
            List<Figure> own = figures(subjectId, true, periods);
            if (!own.isEmpty()) {
                return own;
            }
            return unitsAbove(org.get().roster().get(subjectId).unitId()).stream().map(unitId -> figures(unitId, false, periods))
                    .filter(f -> !f.isEmpty()).findFirst().orElse(List.of());
        }
        return figures(subjectId, true, periods);
    }

    /** The unit and its ancestors, nearest first. */
    private List<String> unitsAbove(String unitId) {
        List<String> chain = new ArrayList<>();
        for (String id = unitId; id != null && !chain.contains(id); id = org.get().units().get(id).parentId()) {
            chain.add(id);
        }
        return chain;
    }

    /** The member's figures in the periods of the widest kind that scored it. */
    private List<Figure> figures(String memberId, boolean own, List<ScoringPeriod> periods) {
        ScoringService service = scoring.get();
        List<Figure> figures = new ArrayList<>();
        Optional<PeriodKind> widest = Optional.empty();
        for (ScoringPeriod period : periods) {
            if (widest.isPresent() && period.kind() != widest.get()) {
                break;
            }
            ScoreSheet sheet = service.sheet(period.id());
            List<ScoringPeriod> months = service.rolledUpFrom(period.id());
            boolean scored = sheet.hasValues() || !months.isEmpty();
            Optional<Standing> standing = scored ? service.ranking(period.id()).stream().filter(s -> s.member().id().equals(memberId)).findFirst()
                    : Optional.empty();
            if (standing.isEmpty()) {
                continue;
            }
            widest = Optional.of(period.kind());
            Standing s = standing.get();
            figures.add(new Figure(s.member().name(), own, periodName(period, sheet.set().rollUp(), months), s.totals().total(), s.rank(),
                    sheet.members().size(), s.band() == null ? "" : s.band()));
        }
        return figures;
    }

    /** "năm 2026 (bình quân từ tháng 1 đến tháng 10)", "quý I/2026", "tháng 3/2026". */
    private static String periodName(ScoringPeriod period, RollUp rollUp, List<ScoringPeriod> months) {
        String title = ScoringService.title(period.kind(), period.year(), period.number());
        String name = Character.toLowerCase(title.charAt(0)) + title.substring(1);
        if (months.isEmpty()) {
            return name;
        }
        List<Integer> numbers = months.stream().map(ScoringPeriod::number).sorted().distinct().toList();
        String how = rollUp == RollUp.AVERAGE ? "bình quân " : "cộng ";
        boolean contiguous = numbers.getLast() - numbers.getFirst() + 1 == numbers.size();
        String which = numbers.size() == 1 ? "tháng " + numbers.getFirst()
                : contiguous ? "từ tháng " + numbers.getFirst() + " đến tháng " + numbers.getLast()
                : "các tháng " + String.join(", ", numbers.stream().map(String::valueOf).toList());
        return name + " (" + how + which + ")";
    }
}
