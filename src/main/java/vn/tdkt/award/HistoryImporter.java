package vn.tdkt.award;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Ids;
import vn.tdkt.core.ImportBounds;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.org.Person;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.SheetCell;
import vn.tdkt.org.SheetRow;
import vn.tdkt.org.WorkbookReader;

/**
 * Brings a unit's old award records in from Excel: the first sheet with a "Họ tên" and a "Năm" header, one
 * award a row. A row belongs to the person with its số hiệu / CCCD, else to the one person with its name and
 * birth date (people who left included: they keep their awards); anything else is refused with its reason, as
 * are rows repeated in the file or already in the history.
 */
public final class HistoryImporter {
    private enum Column { NAME, BIRTH, IDENTIFIER, YEAR, TITLE, CODE, KIND, DECISION, DATE, ISSUER }

    private final AwardRecordService records;
    private final RuleSetService ruleSets;
    private final RosterService roster;

    public HistoryImporter(AwardRecordService records, RuleSetService ruleSets, RosterService roster) {
        this.records = records;
        this.ruleSets = ruleSets;
        this.roster = roster;
    }

    public HistoryImport preview(Path file) {
        String fileName = file.getFileName().toString();
        for (WorkbookReader.RawSheet sheet : WorkbookReader.read(file, ImportBounds.DEFAULT_ROW_LIMIT)) {
            for (int h = 0; h < sheet.rows().size(); h++) {
                Map<Column, Integer> columns = columns(sheet.rows().get(h));
                if (columns.containsKey(Column.NAME) && columns.containsKey(Column.YEAR) && columns.containsKey(Column.TITLE)) {
                    return read(fileName, columns, sheet.rows().subList(h + 1, sheet.rows().size()));
                }
            }
        }
        throw new AppException("award.import.error.noHeader", fileName);
    }

    /** Writes the accepted rows, all or none. */
    public int apply(HistoryImport preview) {
        records.addPastAwards(preview.accepted());
        return preview.accepted().size();
    }

    private static Map<Column, Integer> columns(SheetRow header) {
        Map<Column, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String h = VietnameseText.fold(header.cell(i).shown());
            Column c = h.contains("ho ten") || h.contains("ho va ten") ? Column.NAME
                    : h.contains("ngay sinh") ? Column.BIRTH
                    : h.contains("so hieu") || h.contains("cccd") ? Column.IDENTIFIER
                    : h.contains("ma danh hieu") ? Column.CODE
                    : h.contains("danh hieu") || h.contains("hinh thuc") ? Column.TITLE
                    : h.contains("so quyet dinh") ? Column.DECISION
                    : h.contains("ngay quyet dinh") ? Column.DATE
                    : h.contains("co quan") || h.contains("cap quyet dinh") ? Column.ISSUER
                    : h.contains("loai") ? Column.KIND
                    : h.equals("nam") ? Column.YEAR : null;
            if (c != null) {
                columns.putIfAbsent(c, i);
            }
        }
        return columns;
    }

    private HistoryImport read(String fileName, Map<Column, Integer> columns, List<SheetRow> rows) {
        List<RosterEntry> people = roster.search(new RosterQuery("", null, null, null, true));
        Map<String, List<Person>> byName = new HashMap<>();
        Map<String, Person> byIdentifier = new HashMap<>();
        for (RosterEntry e : people) {
            byName.computeIfAbsent(VietnameseText.fold(e.person().fullName()), k -> new ArrayList<>()).add(e.person());
            if (e.person().details().identifier() != null) {
                byIdentifier.put(e.person().details().identifier(), e.person());
            }
        }
        RuleSet rules = ruleSets.inUse();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> firstRow = new HashMap<>();
        List<PastAward> accepted = new ArrayList<>();
        List<HistoryImport.Rejected> rejected = new ArrayList<>();
        for (SheetRow row : rows) {
            String name = text(row, columns, Column.NAME);
            String title = text(row, columns, Column.TITLE);
            if (name.isEmpty() && title.isEmpty()) {
                continue;
            }
            Optional<Integer> year = year(text(row, columns, Column.YEAR));
            if (title.isEmpty()) {
                rejected.add(new HistoryImport.Rejected(row.number(), "award.import.reject.noTitle", List.of()));
                continue;
            }
            if (year.isEmpty()) {
                rejected.add(new HistoryImport.Rejected(row.number(), "award.import.reject.year", List.of(text(row, columns, Column.YEAR))));
                continue;
            }
            String identifier = text(row, columns, Column.IDENTIFIER).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
            Person person = identifier.isEmpty() ? null : byIdentifier.get(identifier);
            if (person == null) {
                List<Person> named = byName.getOrDefault(VietnameseText.fold(name), List.of());
                String birth = text(row, columns, Column.BIRTH);
                List<Person> matches = named.stream().filter(p -> p.details().birth() != null
                        && VietnameseDates.parse(birth).map(b -> b.date().equals(p.details().birth().date())).orElse(false)).toList();
                if (matches.size() != 1) {
                    rejected.add(new HistoryImport.Rejected(row.number(), matches.isEmpty() ? "award.import.reject.unmatched"
                            : "award.import.reject.ambiguous", List.of(name, birth)));
                    continue;
                }
                person = matches.getFirst();
            }
            String code = text(row, columns, Column.CODE);
            String titleCode = code.isEmpty() ? rules.titles().stream().filter(t -> VietnameseText.fold(t.name()).equals(VietnameseText.fold(title)))
                    .map(TitleRule::code).findFirst().orElse(null) : code.toUpperCase(java.util.Locale.ROOT);
            String key = person.id() + '|' + year.get() + '|' + VietnameseText.fold(title);
            if (!seen.add(key)) {
                rejected.add(new HistoryImport.Rejected(row.number(), "award.import.reject.repeated", List.of(firstRow.get(key))));
                continue;
            }
            firstRow.put(key, row.number());
            Person who = person;
            if (records.historyOf(person.id()).stream()
                    .anyMatch(a -> a.year() == year.get() && VietnameseText.fold(a.titleName()).equals(VietnameseText.fold(title)))) {
                rejected.add(new HistoryImport.Rejected(row.number(), "award.import.reject.known", List.of(who.fullName(), year.get(), title)));
                continue;
            }
            accepted.add(new PastAward(Ids.newId(), SubjectKind.PERSON, person.id(), year.get(), titleCode, title,
                    kind(text(row, columns, Column.KIND)), VietnameseText.cleanOrNull(text(row, columns, Column.DECISION)),
                    VietnameseDates.parse(text(row, columns, Column.DATE)).map(VietnameseDates.Parsed::date).orElse(null),
                    VietnameseText.cleanOrNull(text(row, columns, Column.ISSUER))));
        }
        return new HistoryImport(fileName, accepted, rejected);
    }

    private static String text(SheetRow row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        if (index == null) {
            return "";
        }
        SheetCell cell = row.cell(index);
        String shown = cell instanceof SheetCell.DateValue d ? VietnameseDates.shortForm(d.date()) : cell.shown();
        String cleaned = VietnameseText.clean(shown);
        return cleaned == null ? "" : cleaned;
    }

    private static Optional<Integer> year(String text) {
        try {
            int year = Integer.parseInt(text.strip());
            return year >= AwardRecordService.FIRST_YEAR && year <= LocalDate.now().getYear() ? Optional.of(year) : Optional.empty();
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
