package vn.tdkt.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.core.MessageKey;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNumbers;

/**
 * Who qualifies for which title in a year under a rule set, each criterion with its reason. Pure computation over
 * {@link AwardFacts}: a title another rule refers to ("CSTĐCS needs CSTT", "3 years of CSTĐCS") is worked out
 * once per candidate and remembered.
 */
public final class Eligibility {
    private final RuleSet rules;
    private final AwardFacts facts;
    private final int year;
    private final Map<String, Verdict> verdicts = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    public Eligibility(RuleSet rules, AwardFacts facts) {
        this.rules = rules;
        this.facts = facts;
        this.year = facts.year();
    }

    /** Every title of the rule set, or the one named, over the candidates of the facts. */
    public EligibilityReport report(String onlyTitle) {
        List<TitleResult> results = new ArrayList<>();
        for (TitleRule rule : rules.titles()) {
            if (onlyTitle == null || rule.code().equalsIgnoreCase(onlyTitle)) {
                results.add(result(rule));
            }
        }
        return new EligibilityReport(year, rules.code(), rules.version(), results);
    }

    public TitleResult result(TitleRule rule) {
        List<Candidate> candidates = rule.subject() == SubjectKind.PERSON ? facts.people() : facts.units();
        // A stable sort keeps the candidates' Vietnamese name order inside each status.
        List<Verdict> list = candidates.stream().map(c -> verdict(rule, c)).sorted(Comparator.comparing(Verdict::status)).toList();
        Integer limit = rule.cap() == null ? null : rule.cap().limit(candidates.size());
        return new TitleResult(rule, list, candidates.size(), limit);
    }

    public Verdict verdict(TitleRule rule, Candidate candidate) {
        String key = rule.code() + '|' + candidate.id();
        Verdict known = verdicts.get(key);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(key)) {
            // A rule set whose titles refer to each other in a circle: the title cannot be shown met.
            return new Verdict(candidate, rule.code(), Status.NOT_QUALIFIED, List.of(Reason.of(false, "award.reason.circular", rule.name())));
        }
        Verdict verdict;
        if (rule.reviewOnly()) {
            verdict = new Verdict(candidate, rule.code(), Status.REVIEW, List.of(Reason.of(false, "award.reason.review")));
        } else {
            List<Reason> reasons = new ArrayList<>();
            int unmet = 0;
            boolean excluded = false;
            for (Criterion criterion : rule.criteria()) {
                Reason reason = check(criterion, candidate);
                reasons.add(reason);
                if (!reason.met()) {
                    unmet++;
                    excluded |= criterion.type().exclusion();
                }
            }
            Status status = unmet == 0 ? Status.QUALIFIES : unmet == 1 && !excluded ? Status.NEARLY : Status.NOT_QUALIFIED;
            verdict = new Verdict(candidate, rule.code(), status, reasons);
        }
        inProgress.remove(key);
        verdicts.put(key, verdict);
        return verdict;
    }

    private Reason check(Criterion c, Candidate who) {
        return switch (c.type()) {
            case GRADE -> grade(c, who);
            case TITLE -> title(c, who);
            case CHAIN -> chain(c, who);
            case GRADE_CHAIN -> gradeChain(c, who);
            case INITIATIVES -> initiatives(c, who);
            case NO_PENDING_DISCIPLINE -> noPending(who);
            case MEMBERS_GRADE -> membersGrade(c, who);
            case MEMBERS_TITLE -> membersTitle(c, who);
            case NO_SERIOUS_DISCIPLINE -> noSerious(who);
            case ANY_OF -> {
                List<Reason> parts = c.anyOf().stream().map(sub -> check(sub, who)).toList();
                yield Reason.withParts(parts.stream().anyMatch(Reason::met), "award.reason.anyOf", parts);
            }
            case ALL_OF -> {
                List<Reason> parts = c.allOf().stream().map(sub -> check(sub, who)).toList();
                yield Reason.withParts(parts.stream().allMatch(Reason::met), "award.reason.allOf", parts);
            }
        };
    }

    private Reason grade(Criterion c, Candidate who) {
        Grade grade = facts.grade(who.id(), year);
        if (grade == null) {
            return Reason.of(false, "award.reason.gradeMissing", year, c.grade());
        }
        return Reason.of(grade.atLeast(c.grade()), "award.reason.grade", year, grade, c.grade());
    }

    private Reason title(Criterion c, Candidate who) {
        TitleRule rule = rules.title(c.title()).orElse(null);
        if (rule == null) {
            return Reason.of(false, "award.reason.unknownTitle", c.title());
        }
        boolean met = verdict(rule, who).status() == Status.QUALIFIES;
        return Reason.of(met, met ? "award.reason.titleMet" : "award.reason.titleUnmet", rule.name(), year);
    }

    /** Consecutive years ending this year: earlier years from the công trạng history, this year from the rules. */
    private Reason chain(Criterion c, Candidate who) {
        TitleRule rule = rules.title(c.title()).orElse(null);
        String name = rule == null ? c.title() : rule.name();
        List<Reason> years = new ArrayList<>();
        boolean all = true;
        for (int y = year - c.yearsOrOne() + 1; y <= year; y++) {
            boolean has = received(who, c.title(), y) || (y == year && rule != null && verdict(rule, who).status() == Status.QUALIFIES);
            years.add(Reason.evidence(has, has ? "award.reason.yearHave" : "award.reason.yearMissing", y));
            all &= has;
        }
        return Reason.withParts(all, "award.reason.chain", years, name, c.yearsOrOne());
    }

    private boolean received(Candidate who, String titleCode, int inYear) {
        return facts.history(who.id()).stream()
                .anyMatch(a -> a.year() == inYear && a.kind().countsTowardChains() && titleCode.equalsIgnoreCase(a.titleCode()));
    }

    private Reason gradeChain(Criterion c, Candidate who) {
        List<Reason> years = new ArrayList<>();
        boolean all = true;
        for (int y = year - c.yearsOrOne() + 1; y <= year; y++) {
            Grade grade = facts.grade(who.id(), y);
            boolean has = grade != null && grade.atLeast(c.grade());
            years.add(grade == null ? Reason.evidence(false, "award.reason.yearMissing", y)
                    : Reason.evidence(has, has ? "award.reason.yearGradeMet" : "award.reason.yearGradeUnmet", y, grade));
            all &= has;
        }
        return Reason.withParts(all, "award.reason.gradeChain", years, c.grade(), c.yearsOrOne());
    }

    private Reason initiatives(Criterion c, Candidate who) {
        int from = year - c.yearsOrOne() + 1;
        List<Initiative> found = facts.initiatives(who.id()).stream()
                .filter(i -> c.kinds().contains(i.kind()) && i.scope().atLeast(c.scope()))
                .filter(i -> i.recognisedOn().getYear() >= from && i.recognisedOn().getYear() <= year)
                .toList();
        List<Reason> items = found.stream()
                .map(i -> Reason.evidence(true, "award.reason.item", i.title(), i.recognisedBy(), VietnameseDates.shortForm(i.recognisedOn())))
                .toList();
        String kinds = c.kinds().size() == 1 ? "award.kind." + c.kinds().getFirst().code() : "award.kind.any";
        String period = from == year ? String.valueOf(year) : from + "–" + year;
        MessageKey what = new MessageKey(kinds);
        MessageKey scope = new MessageKey("award.scope." + c.scope().code());
        if (found.isEmpty()) {
            return Reason.of(false, "award.reason.initiativesNone", what, scope, period, c.countOrOne());
        }
        return Reason.withParts(found.size() >= c.countOrOne(), "award.reason.initiatives", items, what, scope, period, found.size(),
                c.countOrOne());
    }

    /** A case opened by the end of the year and not yet decided bars every award. */
    private Reason noPending(Candidate who) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return facts.discipline(who.id()).stream().filter(d -> d.pending() && !d.openedOn().isAfter(yearEnd)).findFirst()
                .map(d -> Reason.of(false, "award.reason.pending", d.description(), VietnameseDates.shortForm(d.openedOn())))
                .orElseGet(() -> Reason.of(true, "award.reason.noPending"));
    }

    private Reason membersGrade(Criterion c, Candidate unit) {
        List<Candidate> members = facts.members(unit.id());
        long have = members.stream().filter(m -> {
            Grade g = facts.grade(m.id(), year);
            return g != null && g.atLeast(c.grade());
        }).count();
        return Reason.of(enough(have, members.size(), c.share()), "award.reason.membersGrade", c.grade(), have, members.size(),
                percent(have, members.size()), figure(c.share()));
    }

    private Reason membersTitle(Criterion c, Candidate unit) {
        TitleRule rule = rules.title(c.title()).orElse(null);
        if (rule == null) {
            return Reason.of(false, "award.reason.unknownTitle", c.title());
        }
        List<Candidate> members = facts.members(unit.id());
        long have = members.stream().filter(m -> verdict(rule, m).status() == Status.QUALIFIES).count();
        if (c.share() == null) {
            return Reason.of(have >= c.countOrOne(), "award.reason.membersTitleCount", rule.name(), have, c.countOrOne());
        }
        return Reason.of(enough(have, members.size(), c.share()), "award.reason.membersTitleShare", rule.name(), have, members.size(),
                percent(have, members.size()), figure(c.share()));
    }

    private Reason noSerious(Candidate unit) {
        List<DisciplineCase> serious = new ArrayList<>();
        collectSerious(unit.id(), serious);
        facts.members(unit.id()).forEach(m -> collectSerious(m.id(), serious));
        return serious.isEmpty() ? Reason.of(true, "award.reason.noSerious", year) : Reason.of(false, "award.reason.serious", serious.size(), year);
    }

    private void collectSerious(String subjectId, List<DisciplineCase> into) {
        facts.discipline(subjectId).stream().filter(d -> d.serious() && d.openedOn().getYear() == year).forEach(into::add);
    }

    /** Compared in whole numbers so that exactly the share passes: 7 of 10 is 70 %. */
    private static boolean enough(long have, int of, Double share) {
        return of > 0 && have * 100.0 >= share * of - 1e-9;
    }

    private static String percent(long have, int of) {
        return of == 0 ? "0" : figure(have * 100.0 / of);
    }

    static String figure(double value) {
        return VietnameseNumbers.decimal(value, 1);
    }
}
