package vn.tdkt.plan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Ids;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNames;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.org.Rejection;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.SheetCell;
import vn.tdkt.org.SheetRow;
import vn.tdkt.org.WorkbookReader;

/**
 * Reads back a registration workbook (the export's columns, in Vietnamese or English headers, in any
 * order), checks every row against the registration rules, and applies the good rows in one transaction.
 * A person is found by name within the unit code of the row, and by birth date when names repeat.
 */
public final class RegistrationImporter {
    private final RegistrationService registrations;
    private final RosterService roster;
    private final int rowLimit;

    /** {@code rowLimit}: the most rows a sheet may have (the import setting), refused up front above it. */
    public RegistrationImporter(RegistrationService registrations, RosterService roster, int rowLimit) {
        this.registrations = registrations;
        this.roster = roster;
        this.rowLimit = rowLimit;
    }

    public RegistrationImport preview(Path file, Progress progress) {
        List<WorkbookReader.RawSheet> sheets = WorkbookReader.read(file, rowLimit);
        for (WorkbookReader.RawSheet sheet : sheets) {
            for (int i = 0; i < sheet.rows().size(); i++) {
                Map<RegistrationColumn, Integer> columns = header(sheet.rows().get(i));
                if (columns.containsKey(RegistrationColumn.FULL_NAME) && columns.containsKey(RegistrationColumn.TITLE)
                        && columns.containsKey(RegistrationColumn.YEAR)) {
                    return rows(file, columns, sheet.rows().subList(i + 1, sheet.rows().size()), progress);
                }
            }
        }
        throw new AppException("plan.import.noHeader", file.getFileName());
    }

    /** Writes the changes of a preview, all or nothing. */
    public void apply(RegistrationImport preview) {
        List<Registration> additions = preview.changes().stream().filter(c -> !c.update()).map(RegistrationImport.Change::registration).toList();
        List<Registration> updates = preview.changes().stream().filter(RegistrationImport.Change::update).map(RegistrationImport.Change::registration).toList();
        registrations.applyImport(additions, updates);
    }

    private static Map<RegistrationColumn, Integer> header(SheetRow row) {
        Map<String, RegistrationColumn> labels = new HashMap<>();
        for (Locale locale : List.of(VietnameseNames.VIETNAMESE, Locale.ENGLISH)) {
            Messages messages = new Messages(locale);
            for (RegistrationColumn column : RegistrationColumn.values()) {
                labels.put(VietnameseText.fold(messages.get(column.messageKey())), column);
            }
        }
        Map<RegistrationColumn, Integer> found = new EnumMap<>(RegistrationColumn.class);
        for (int c = 0; c < row.cells().size(); c++) {
            RegistrationColumn column = labels.get(VietnameseText.fold(row.cell(c).shown()));
            if (column != null) {
                found.putIfAbsent(column, c);
            }
        }
        return found;
    }

    private RegistrationImport rows(Path file, Map<RegistrationColumn, Integer> columns, List<SheetRow> rows, Progress progress) {
        Map<String, List<RosterEntry>> byName = new HashMap<>();
        for (RosterEntry entry : roster.search(new RosterQuery("", null, null, null, true))) {
            byName.computeIfAbsent(VietnameseText.fold(entry.person().fullName()), k -> new ArrayList<>()).add(entry);
        }
        List<RegistrationImport.Change> changes = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int blank = 0;
        int unchanged = 0;
        int done = 0;
        for (SheetRow row : rows) {
            if (done++ % 200 == 0) {
                progress.checkCancelled();
                progress.update(done, rows.size(), null);
            }
            String name = text(row, columns, RegistrationColumn.FULL_NAME);
            String title = text(row, columns, RegistrationColumn.TITLE);
            String award = text(row, columns, RegistrationColumn.AWARD);
            if (name == null) {
                continue;
            }
            if (title == null && award == null) {
                blank++;
                continue;
            }
            try {
                int year = year(row, columns);
                RosterEntry person = person(row, columns, name, byName);
                if (!seen.add(year + "|" + person.person().id())) {
                    throw new RowProblem(RegistrationColumn.FULL_NAME, name, "plan.import.duplicate");
                }
                String initiatives = text(row, columns, RegistrationColumn.INITIATIVES);
                List<RegistrationImport.Change> rowChanges = new ArrayList<>();
                if (title != null) {
                    change(row, person, year, RegistrationColumn.TITLE, title, TitleFamily.TITLE, initiatives).ifPresent(rowChanges::add);
                }
                if (award != null) {
                    change(row, person, year, RegistrationColumn.AWARD, award, TitleFamily.AWARD, title == null ? initiatives : null)
                            .ifPresent(rowChanges::add);
                }
                // A row is taken whole or refused whole: its changes are added only once every cell passed.
                changes.addAll(rowChanges);
                unchanged += rowChanges.isEmpty() ? 1 : 0;
            } catch (RowProblem problem) {
                rejections.add(new Rejection(row.number(), header(problem.column), problem.value, problem.key, problem.args));
            }
        }
        return new RegistrationImport(file, changes, unchanged, blank, rejections);
    }

    private Optional<RegistrationImport.Change> change(SheetRow row, RosterEntry person, int year, RegistrationColumn column, String titleText,
                                                      TitleFamily family, String initiatives) {
        EmulationTitle title;
        try {
            title = registrations.title(titleText, false);
        } catch (AppException unknown) {
            throw new RowProblem(column, titleText, unknown.messageKey(), unknown.args());
        }
        if (title.family() != family) {
            throw new RowProblem(column, titleText, "plan.import.wrongFamily");
        }
        Registration existing = registrations.existing(year, person.person().id(), family);
        if (existing != null) {
            String clean = PlanText.block(initiatives);
            if (existing.title().equals(title.name()) && Objects.equals(existing.initiatives(), clean)) {
                return Optional.empty();
            }
            return Optional.of(new RegistrationImport.Change(row.number(), person.person().fullName(), person.unitCode(),
                    new Registration(existing.id(), year, existing.personId(), null, title.name(), family, clean, existing.registeredOn()), true));
        }
        try {
            return Optional.of(new RegistrationImport.Change(row.number(), person.person().fullName(), person.unitCode(),
                    registrations.newPersonRegistration(year, roster.get(person.person().id()), title, initiatives), false));
        } catch (AppException refused) {
            throw new RowProblem(RegistrationColumn.FULL_NAME, person.person().fullName(), refused.messageKey(), refused.args());
        }
    }

    private static int year(SheetRow row, Map<RegistrationColumn, Integer> columns) {
        String value = text(row, columns, RegistrationColumn.YEAR);
        try {
            int year = Integer.parseInt(Objects.requireNonNullElse(value, ""));
            if (year >= PlanService.FIRST_YEAR && year <= PlanService.LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new RowProblem(RegistrationColumn.YEAR, value == null ? "" : value, "plan.import.badYear");
    }

    private static RosterEntry person(SheetRow row, Map<RegistrationColumn, Integer> columns, String name, Map<String, List<RosterEntry>> byName) {
        List<RosterEntry> candidates = byName.getOrDefault(VietnameseText.fold(name), List.of());
        String code = text(row, columns, RegistrationColumn.UNIT_CODE);
        if (code != null) {
            candidates = candidates.stream().filter(e -> e.unitCode().equalsIgnoreCase(code)).toList();
        }
        String birth = text(row, columns, RegistrationColumn.BIRTH_DATE);
        if (candidates.size() > 1 && birth != null) {
            LocalDate date = VietnameseDates.parse(birth).map(VietnameseDates.Parsed::date).orElse(null);
            candidates = candidates.stream().filter(e -> e.person().details().birth() != null
                    && e.person().details().birth().date().equals(date)).toList();
        }
        if (candidates.isEmpty()) {
            throw new RowProblem(RegistrationColumn.FULL_NAME, name, "plan.import.unknownPerson", code == null ? "" : code);
        }
        if (candidates.size() > 1) {
            throw new RowProblem(RegistrationColumn.FULL_NAME, name, "plan.import.ambiguous", candidates.size());
        }
        return candidates.getFirst();
    }

    private static String text(SheetRow row, Map<RegistrationColumn, Integer> columns, RegistrationColumn column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        SheetCell cell = row.cell(index);
        return VietnameseText.cleanOrNull(cell.shown());
    }

    private static String header(RegistrationColumn column) {
        return Messages.vietnamese().get(column.messageKey());
    }

    /** A row refused: the column, the value and the reason's key with its arguments. */
    private static final class RowProblem extends RuntimeException {
        private final RegistrationColumn column;
        private final String value;
        private final String key;
        private final List<Object> args;

        RowProblem(RegistrationColumn column, String value, String key, Object... args) {
            super(key, null, false, false);
            this.column = column;
            this.value = value;
            this.key = key;
            this.args = List.of(args);
        }
    }
}
