package vn.tdkt.award;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Ids;
import vn.tdkt.core.ImportBounds;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.org.Person;
import vn.tdkt.org.Rejection;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.SheetCell;
import vn.tdkt.org.SheetRow;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitService;
import vn.tdkt.org.WorkbookReader;

/**
 * Brings a unit's old records in from Excel: the first sheet with a "Năm" header, a person ("Họ tên") or unit
 * ("Ký hiệu đơn vị", "Tên đơn vị") header, and a "Danh hiệu / hình thức" or "Phân loại" header; one row is one
 * year of one person or unit, with an award, a classification or both. A person is found by số hiệu / CCCD, else as
 * the one person with that name and birth date (people who left included: they keep their awards); a unit by its
 * code, else as the one unit of that name under the parent the row names (dissolved units included). Anything else
 * is refused with its reason, as are rows repeated in the file, awards already in the history and grades that
 * contradict the one recorded.
 */
public final class HistoryImporter {
    private enum Column {
        NAME, BIRTH, IDENTIFIER, UNIT_CODE, PARENT, UNIT, YEAR, CODE, TITLE, GRADE, DECISION, DATE, ISSUER, KIND,
        INITIATIVE, RECOGNISED_ON, RECOGNISED_BY, SCOPE
    }

    /** The grades as offices write them out in full. */
    private static final Map<String, Grade> GRADE_WORDS = Map.of(
            "hoan thanh xuat sac nhiem vu", Grade.HTXSNV, "hoan thanh tot nhiem vu", Grade.HTTNV,
            "hoan thanh nhiem vu", Grade.HTNV, "khong hoan thanh nhiem vu", Grade.KHTNV);

    private final AwardRecordService records;
    private final RuleSetService ruleSets;
    private final RosterService roster;
    private final UnitService units;
    /** Today, for refusing years and recognition dates still to come. */
    private final Clock clock;

    public HistoryImporter(AwardRecordService records, RuleSetService ruleSets, RosterService roster, UnitService units, Clock clock) {
        this.records = records;
        this.ruleSets = ruleSets;
        this.roster = roster;
        this.units = units;
        this.clock = clock;
    }

    /**
     * Reads the first sheet of awards and classifications and the first sheet of initiatives ("Tên sáng kiến, đề
     * tài", an author a row) the workbook holds; at least one of them must be there.
     */
    public HistoryImport preview(Path file) {
        String fileName = file.getFileName().toString();
        Reading reading = new Reading();
        boolean history = false;
        boolean initiatives = false;
        for (WorkbookReader.RawSheet sheet : WorkbookReader.read(file, ImportBounds.DEFAULT_ROW_LIMIT)) {
            for (int h = 0; h < sheet.rows().size(); h++) {
                Header header = Header.of(sheet.rows().get(h));
                List<SheetRow> rows = sheet.rows().subList(h + 1, sheet.rows().size());
                if (!initiatives && header.initiatives()) {
                    initiatives = true;
                    rows.forEach(row -> reading.readInitiative(header, row));
                    break;
                }
                if (!history && header.usable()) {
                    history = true;
                    rows.forEach(row -> reading.readRow(header, row));
                    break;
                }
            }
        }
        if (!history && !initiatives) {
            throw new AppException("award.import.error.noHeader", fileName);
        }
        return reading.result(fileName);
    }

    /** Writes the accepted awards, grades and initiatives, all or none. Returns how many rows came in. */
    public int apply(HistoryImport preview) {
        records.importPast(preview.awards(), preview.grades(), preview.initiatives().stream().map(HistoryImport.InitiativeLine::initiative).toList());
        return preview.rowsToImport();
    }

    /** Where each known column is, and its header as the file writes it (for the refused rows' report). */
    private record Header(Map<Column, Integer> index, Map<Column, String> label) {
        static Header of(SheetRow row) {
            Map<Column, Integer> index = new EnumMap<>(Column.class);
            Map<Column, String> label = new EnumMap<>(Column.class);
            for (int i = 0; i < row.cells().size(); i++) {
                String shown = row.cell(i).shown();
                Column c = column(VietnameseText.fold(shown));
                if (c != null && !index.containsKey(c)) {
                    index.put(c, i);
                    label.put(c, VietnameseText.clean(shown));
                }
            }
            return new Header(index, label);
        }

        /** The order matters: "Đơn vị cấp trên" is the parent, not the unit; "Phân loại" is no award kind. */
        private static Column column(String h) {
            return h.startsWith("loai") ? Column.KIND
                    : h.contains("sang kien") || h.contains("de tai") ? Column.INITIATIVE
                    : h.contains("ngay cong nhan") ? Column.RECOGNISED_ON
                    : h.contains("cong nhan") ? Column.RECOGNISED_BY
                    : h.contains("pham vi") ? Column.SCOPE
                    : h.contains("ho ten") || h.contains("ho va ten") ? Column.NAME
                    : h.contains("ngay sinh") ? Column.BIRTH
                    : h.contains("so hieu") || h.contains("cccd") ? Column.IDENTIFIER
                    : h.contains("ky hieu") || h.contains("ma don vi") ? Column.UNIT_CODE
                    : h.contains("cap tren") || h.contains("truc thuoc") ? Column.PARENT
                    : h.contains("ma danh hieu") ? Column.CODE
                    : h.contains("danh hieu") || h.contains("hinh thuc") ? Column.TITLE
                    : h.contains("phan loai") || h.contains("xep loai") ? Column.GRADE
                    : h.contains("so quyet dinh") ? Column.DECISION
                    : h.contains("ngay quyet dinh") ? Column.DATE
                    : h.contains("co quan") || h.contains("cap quyet dinh") ? Column.ISSUER
                    : h.contains("don vi") || h.contains("tap the") ? Column.UNIT
                    : h.equals("nam") ? Column.YEAR : null;
        }

        /** A register of initiatives: what, who (an author a row), when and how far it reaches. */
        boolean initiatives() {
            return index.containsKey(Column.INITIATIVE) && index.containsKey(Column.NAME) && index.containsKey(Column.RECOGNISED_ON)
                    && index.containsKey(Column.SCOPE);
        }

        boolean usable() {
            return index.containsKey(Column.YEAR) && (index.containsKey(Column.NAME) || index.containsKey(Column.UNIT)
                    || index.containsKey(Column.UNIT_CODE)) && (index.containsKey(Column.TITLE) || index.containsKey(Column.GRADE));
        }

        String text(SheetRow row, Column column) {
            Integer i = index.get(column);
            if (i == null) {
                return "";
            }
            SheetCell cell = row.cell(i);
            String shown = cell instanceof SheetCell.DateValue d ? VietnameseDates.shortForm(d.date()) : cell.shown();
            String cleaned = VietnameseText.clean(shown);
            return cleaned == null ? "" : cleaned;
        }

        String label(Column column) {
            return label.getOrDefault(column, "");
        }
    }

    /** Whose row it is, as found in the roster or the unit tree. */
    private record Subject(SubjectKind kind, String id, String name) {
    }

    /** An initiative taking its authors row by row, in the order the file lists them. */
    private record InitiativeDraft(List<Integer> rows, Initiative first, List<String> authorIds, List<String> authorNames) {
        Initiative initiative() {
            return new Initiative(first.id(), first.kind(), first.title(), authorIds, first.recognisedBy(), first.recognisedOn(), first.scope());
        }
    }

    /** One pass over the workbook: the roster and units read once, what the file already said remembered row by row. */
    private final class Reading {
        private final Map<String, List<Person>> peopleByName = new HashMap<>();
        private final Map<String, Person> peopleByIdentifier = new HashMap<>();
        private final List<Unit> allUnits = units.all();
        private final Map<String, Unit> unitsById = new HashMap<>();
        private final RuleSet rules = ruleSets.inUse();
        private final Map<String, Integer> awardRows = new HashMap<>();
        private final Map<String, Grade> gradesInFile = new HashMap<>();
        private final Map<String, Integer> gradeRows = new HashMap<>();
        private final Map<Integer, Map<String, Grade>> gradesKept = new HashMap<>();
        private final Map<String, List<PastAward>> historyKept = new HashMap<>();
        private final List<HistoryImport.Line> lines = new ArrayList<>();
        private final Map<String, InitiativeDraft> initiatives = new LinkedHashMap<>();
        private final Map<Integer, List<Initiative>> initiativesKept = new HashMap<>();
        private final List<Rejection> rejected = new ArrayList<>();

        Reading() {
            for (RosterEntry e : roster.search(new RosterQuery("", null, null, null, true))) {
                peopleByName.computeIfAbsent(VietnameseText.fold(e.person().fullName()), k -> new ArrayList<>()).add(e.person());
                if (e.person().details().identifier() != null) {
                    peopleByIdentifier.put(e.person().details().identifier(), e.person());
                }
            }
            allUnits.forEach(u -> unitsById.put(u.id(), u));
        }

        HistoryImport result(String fileName) {
            return new HistoryImport(fileName, lines, initiatives.values().stream()
                    .map(d -> new HistoryImport.InitiativeLine(d.rows(), d.initiative(), d.authorNames())).toList(), rejected);
        }

        /**
         * One author of an initiative: rows with the same title and date of recognition are one initiative with
         * several authors; one already in the register is refused.
         */
        void readInitiative(Header header, SheetRow row) {
            String title = header.text(row, Column.INITIATIVE);
            String name = header.text(row, Column.NAME);
            boolean identified = !name.isEmpty() || !header.text(row, Column.IDENTIFIER).isEmpty();
            if (title.isEmpty() && !identified) {
                return;
            }
            if (title.isEmpty()) {
                reject(header, row, Column.INITIATIVE, "", "award.import.reject.initiativeTitle");
                return;
            }
            String dateText = header.text(row, Column.RECOGNISED_ON);
            Optional<LocalDate> date = VietnameseDates.parse(dateText).map(VietnameseDates.Parsed::date)
                    .filter(d -> d.getYear() >= AwardRecordService.FIRST_YEAR && !d.isAfter(LocalDate.now(clock)));
            if (date.isEmpty()) {
                reject(header, row, Column.RECOGNISED_ON, dateText, "award.import.reject.recognisedOn", dateText);
                return;
            }
            String scopeText = header.text(row, Column.SCOPE);
            Optional<Scope> scope = scope(scopeText);
            if (scope.isEmpty()) {
                reject(header, row, Column.SCOPE, scopeText, "award.import.reject.scope", scopeText);
                return;
            }
            String by = header.text(row, Column.RECOGNISED_BY);
            if (by.isEmpty()) {
                reject(header, row, Column.RECOGNISED_BY, "", "award.import.reject.recognisedBy");
                return;
            }
            if (initiativesKept.computeIfAbsent(date.get().getYear(), y -> records.initiatives(y)).stream()
                    .anyMatch(i -> i.recognisedOn().equals(date.get()) && VietnameseText.fold(i.title()).equals(VietnameseText.fold(title)))) {
                reject(header, row, Column.INITIATIVE, title, "award.import.reject.initiativeKnown", title, VietnameseDates.shortForm(date.get()));
                return;
            }
            Optional<Subject> author = identified ? person(header, row, name)
                    : reject(header, row, Column.NAME, "", "award.import.reject.noSubject");
            if (author.isEmpty()) {
                return;
            }
            String key = VietnameseText.fold(title) + '|' + date.get();
            InitiativeDraft draft = initiatives.get(key);
            if (draft == null) {
                InitiativeKind kind = VietnameseText.fold(header.text(row, Column.KIND)).contains("de tai") ? InitiativeKind.TOPIC : InitiativeKind.INITIATIVE;
                draft = new InitiativeDraft(new ArrayList<>(), new Initiative(Ids.newId(), kind, title, List.of(), by, date.get(), scope.get()),
                        new ArrayList<>(), new ArrayList<>());
                initiatives.put(key, draft);
            } else if (draft.authorIds().contains(author.get().id())) {
                reject(header, row, Column.NAME, name, "award.import.reject.repeated", draft.rows().get(draft.authorIds().indexOf(author.get().id())));
                return;
            }
            draft.rows().add(row.number());
            draft.authorIds().add(author.get().id());
            draft.authorNames().add(author.get().name());
        }

        void readRow(Header header, SheetRow row) {
            String name = header.text(row, Column.NAME);
            String unitCode = header.text(row, Column.UNIT_CODE);
            String unitName = header.text(row, Column.UNIT);
            String title = header.text(row, Column.TITLE);
            String gradeText = header.text(row, Column.GRADE);
            if (name.isEmpty() && unitCode.isEmpty() && unitName.isEmpty() && title.isEmpty() && gradeText.isEmpty()) {
                return;
            }
            if (title.isEmpty() && gradeText.isEmpty()) {
                reject(header, row, header.index().containsKey(Column.TITLE) ? Column.TITLE : Column.GRADE, "", "award.import.reject.noTitle");
                return;
            }
            String yearText = header.text(row, Column.YEAR);
            Optional<Integer> year = year(yearText);
            if (year.isEmpty()) {
                reject(header, row, Column.YEAR, yearText, "award.import.reject.year", yearText);
                return;
            }
            Optional<Subject> subject = !name.isEmpty() || !header.text(row, Column.IDENTIFIER).isEmpty() ? person(header, row, name)
                    : !unitCode.isEmpty() || !unitName.isEmpty() ? unit(header, row, unitCode, unitName)
                    : reject(header, row, Column.NAME, "", "award.import.reject.noSubject");
            if (subject.isEmpty()) {
                return;
            }
            PastAward award = title.isEmpty() ? null : award(header, row, subject.get(), year.get(), title);
            Classification grade = gradeText.isEmpty() ? null : grade(header, row, subject.get(), year.get(), gradeText);
            if (award != null || grade != null) {
                lines.add(new HistoryImport.Line(row.number(), subject.get().kind(), subject.get().name(), award, grade));
            }
        }

        private Optional<Subject> person(Header header, SheetRow row, String name) {
            String identifier = header.text(row, Column.IDENTIFIER).replace(" ", "").toUpperCase(Locale.ROOT);
            Person person = identifier.isEmpty() ? null : peopleByIdentifier.get(identifier);
            if (person == null && name.isEmpty()) {
                return reject(header, row, Column.IDENTIFIER, identifier, "award.import.reject.identifier", identifier);
            }
            if (person == null) {
                String birth = header.text(row, Column.BIRTH);
                List<Person> matches = peopleByName.getOrDefault(VietnameseText.fold(name), List.of()).stream()
                        .filter(p -> p.details().birth() != null
                                && VietnameseDates.parse(birth).map(b -> b.date().equals(p.details().birth().date())).orElse(false))
                        .toList();
                if (matches.size() != 1) {
                    return reject(header, row, Column.NAME, name, matches.isEmpty() ? "award.import.reject.unmatched" : "award.import.reject.ambiguous",
                            name, birth);
                }
                person = matches.getFirst();
            }
            return Optional.of(new Subject(SubjectKind.PERSON, person.id(), person.fullName()));
        }

        /** By code; else by name (or short name) among the units under the parent the row names, or all when it names none. */
        private Optional<Subject> unit(Header header, SheetRow row, String code, String name) {
            if (!code.isEmpty()) {
                Optional<Unit> coded = allUnits.stream().filter(u -> VietnameseText.fold(u.code()).equals(VietnameseText.fold(code))).findFirst();
                if (coded.isPresent()) {
                    return Optional.of(new Subject(SubjectKind.UNIT, coded.get().id(), coded.get().name()));
                }
                if (name.isEmpty()) {
                    return reject(header, row, Column.UNIT_CODE, code, "award.import.reject.unitCode", code);
                }
            }
            String parent = header.text(row, Column.PARENT);
            List<Unit> named = allUnits.stream().filter(u -> named(u, name) && (parent.isEmpty() || parentNamed(u, parent))).toList();
            if (named.size() != 1) {
                return reject(header, row, Column.UNIT, name, named.isEmpty() ? "award.import.reject.unitUnmatched" : "award.import.reject.unitAmbiguous",
                        name, parent.isEmpty() ? "—" : parent, named.size());
            }
            return Optional.of(new Subject(SubjectKind.UNIT, named.getFirst().id(), named.getFirst().name()));
        }

        private boolean parentNamed(Unit unit, String parent) {
            Unit p = unit.parentId() == null ? null : unitsById.get(unit.parentId());
            return p != null && (named(p, parent) || VietnameseText.fold(p.code()).equals(VietnameseText.fold(parent)));
        }

        private PastAward award(Header header, SheetRow row, Subject subject, int year, String title) {
            String key = subject.id() + '|' + year + '|' + VietnameseText.fold(title);
            Integer first = awardRows.putIfAbsent(key, row.number());
            if (first != null) {
                reject(header, row, Column.TITLE, title, "award.import.reject.repeated", first);
                return null;
            }
            if (historyKept.computeIfAbsent(subject.id(), records::historyOf).stream()
                    .anyMatch(a -> a.year() == year && VietnameseText.fold(a.titleName()).equals(VietnameseText.fold(title)))) {
                reject(header, row, Column.TITLE, title, "award.import.reject.known", subject.name(), year, title);
                return null;
            }
            String code = header.text(row, Column.CODE);
            Optional<TitleRule> rule = rules.titles().stream().filter(t -> code.isEmpty()
                    ? VietnameseText.fold(t.name()).equals(VietnameseText.fold(title)) : t.code().equalsIgnoreCase(code)).findFirst();
            // A danh hiệu is for people or for units, never both: a mismatch is a row put in the wrong place. A form of
            // award (Giấy khen) is given to both, so the rule's code only follows the subject it was written for.
            if (rule.isPresent() && rule.get().subject() != subject.kind() && "title".equals(rule.get().family())) {
                reject(header, row, Column.TITLE, title, subject.kind() == SubjectKind.UNIT ? "award.import.reject.personTitle"
                        : "award.import.reject.unitTitle", title, subject.name());
                return null;
            }
            String titleCode = rule.filter(r -> r.subject() == subject.kind()).map(TitleRule::code)
                    .orElse(code.isEmpty() || rule.isPresent() ? null : code.toUpperCase(Locale.ROOT));
            return new PastAward(Ids.newId(), subject.kind(), subject.id(), year, titleCode, title, kind(header.text(row, Column.KIND)),
                    VietnameseText.cleanOrNull(header.text(row, Column.DECISION)),
                    VietnameseDates.parse(header.text(row, Column.DATE)).map(VietnameseDates.Parsed::date).orElse(null),
                    VietnameseText.cleanOrNull(header.text(row, Column.ISSUER)));
        }

        /** A grade the file repeats is taken once; one that contradicts the file or the records is refused, never overwritten. */
        private Classification grade(Header header, SheetRow row, Subject subject, int year, String text) {
            Optional<Grade> parsed = Grade.parse(text).or(() -> Optional.ofNullable(GRADE_WORDS.get(VietnameseText.fold(text))));
            if (parsed.isEmpty()) {
                reject(header, row, Column.GRADE, text, "award.import.reject.grade", text);
                return null;
            }
            Grade grade = parsed.get();
            String key = subject.id() + '|' + year;
            Grade inFile = gradesInFile.putIfAbsent(key, grade);
            if (inFile != null) {
                reject(header, row, Column.GRADE, text, inFile == grade ? "award.import.reject.repeated" : "award.import.reject.gradeRepeated",
                        gradeRows.get(key), inFile.name());
                return null;
            }
            gradeRows.put(key, row.number());
            Grade kept = gradesKept.computeIfAbsent(year, records::grades).get(subject.id());
            if (kept != null) {
                reject(header, row, Column.GRADE, text, kept == grade ? "award.import.reject.gradeKnown" : "award.import.reject.gradeConflict",
                        subject.name(), year, kept.name());
                return null;
            }
            return new Classification(subject.kind(), subject.id(), year, grade);
        }

        private <T> Optional<T> reject(Header header, SheetRow row, Column column, String value, String key, Object... args) {
            rejected.add(new Rejection(row.number(), header.label(column), value, key, List.of(args)));
            return Optional.empty();
        }
    }

    private static boolean named(Unit unit, String name) {
        String key = VietnameseText.fold(name);
        return VietnameseText.fold(unit.name()).equals(key) || unit.shortName() != null && VietnameseText.fold(unit.shortName()).equals(key);
    }

    /** Phạm vi ảnh hưởng as offices write it: cơ sở, bộ / ngành / toàn quân, toàn quốc. */
    private static Optional<Scope> scope(String text) {
        String s = VietnameseText.fold(text);
        return s.contains("toan quoc") ? Optional.of(Scope.NATIONAL)
                : s.contains("toan quan") || List.of(s.split(" ")).contains("bo") || s.contains("nganh") ? Optional.of(Scope.MINISTRY)
                : s.contains("co so") ? Optional.of(Scope.BASE) : Optional.empty();
    }

    private Optional<Integer> year(String text) {
        try {
            int year = Integer.parseInt(text.strip());
            return year >= AwardRecordService.FIRST_YEAR && year <= LocalDate.now(clock).getYear() ? Optional.of(year) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Loại khen thưởng as offices write it; blank is công trạng, the usual kind. */
    private static AwardKind kind(String text) {
        String k = VietnameseText.fold(text);
        return k.contains("dot xuat") ? AwardKind.ONE_OFF
                : k.contains("chuyen de") || k.contains("phong trao") || k.contains("theo dot") ? AwardKind.THEMED
                : k.contains("cong hien") ? AwardKind.SERVICE
                : k.contains("nien han") ? AwardKind.SENIORITY
                : k.contains("doi ngoai") ? AwardKind.FOREIGN : AwardKind.MERIT;
    }
}
