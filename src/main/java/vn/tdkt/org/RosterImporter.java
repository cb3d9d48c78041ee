package vn.tdkt.org;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Ids;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseDates.Parsed;
import vn.tdkt.core.VietnameseDates.Precision;
import vn.tdkt.core.ImportBounds;
import vn.tdkt.core.VietnameseNames;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Database;

/**
 * Imports a roster from the spreadsheets units really keep: finds the header wherever it is, maps
 * columns (remembering the officer's choices), reads text or real dates, leaves out what is below the
 * table, and shows a preview of additions, updates (same identifier, or same canonical name and birth
 * date), rows to review and rejected rows before one transaction writes it all.
 */
public final class RosterImporter {
    /** How far down a sheet the header may start (titles, merged cells and blank lines above it). */
    private static final int HEADER_SEARCH_ROWS = 30;
    private static final String IGNORED = "IGNORED";
    private static final int STEP = 500;
    /** A row of column numbers under the header: "1 2 3…" or "(1) (2) (3)…". */
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,2}\\)?");

    private final Database database;
    private final UnitService units;
    private final RosterService roster;
    private final PersonRepository people;
    private final ColumnMemoryRepository memory;
    private final AuditTrail audit;
    private final IntSupplier rowLimit;
    private final Map<String, RosterField> labels = new HashMap<>();

    public RosterImporter(Database database, UnitService units, RosterService roster, PersonRepository people,
                          ColumnMemoryRepository memory, AuditTrail audit, IntSupplier rowLimit) {
        this.database = database;
        this.units = units;
        this.roster = roster;
        this.people = people;
        this.memory = memory;
        this.audit = audit;
        this.rowLimit = rowLimit;
        for (Messages messages : List.of(Messages.vietnamese(), new Messages(java.util.Locale.ENGLISH))) {
            for (RosterField field : RosterField.values()) {
                labels.putIfAbsent(headerKey(messages.get(field.messageKey())), field);
            }
        }
    }

    /** Reads the file and finds the roster header; refuses files with no sheet that has one. */
    public ImportSource read(Path file) {
        List<WorkbookReader.RawSheet> sheets = WorkbookReader.read(file, rowLimit.getAsInt());
        if (sheets.stream().allMatch(s -> s.rows().isEmpty())) {
            throw new AppException("roster.import.error.empty", file.getFileName());
        }
        Map<String, String> remembered = memory.all();
        for (WorkbookReader.RawSheet sheet : sheets) {
            Optional<ImportSource> found = findHeader(file, sheet, remembered);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new AppException("roster.import.error.noHeader", file.getFileName());
    }

    private Optional<ImportSource> findHeader(Path file, WorkbookReader.RawSheet sheet, Map<String, String> remembered) {
        int best = -1;
        int bestCount = 1;
        ColumnMapping bestMapping = null;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, sheet.rows().size()); i++) {
            ColumnMapping mapping = suggest(sheet.rows().get(i), remembered);
            long count = mapping.fields().stream().filter(f -> f != null).count();
            if (mapping.column(RosterField.FULL_NAME).isPresent() && count > bestCount) {
                best = i;
                bestCount = (int) count;
                bestMapping = mapping;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        SheetRow header = sheet.rows().get(best);
        List<String> headers = header.cells().stream().map(c -> VietnameseText.clean(c.shown())).toList();
        List<SheetRow> rows = new ArrayList<>(sheet.rows().subList(best + 1, sheet.rows().size()));
        if (!rows.isEmpty() && isColumnNumbers(rows.getFirst())) {
            rows.removeFirst();
        }
        return Optional.of(new ImportSource(file, new SheetTable(sheet.name(), header.number(), headers, rows), bestMapping));
    }

    private ColumnMapping suggest(SheetRow row, Map<String, String> remembered) {
        List<RosterField> fields = new ArrayList<>();
        for (SheetCell cell : row.cells()) {
            RosterField field = cell instanceof SheetCell.Text text ? recognise(text.text(), remembered) : null;
            fields.add(field != null && fields.contains(field) ? null : field);
        }
        return new ColumnMapping(fields);
    }

    private RosterField recognise(String header, Map<String, String> remembered) {
        String key = headerKey(header);
        if (key.isEmpty()) {
            return null;
        }
        String chosen = remembered.get(key);
        if (chosen != null) {
            return chosen.equals(IGNORED) ? null : RosterField.valueOf(chosen);
        }
        if (labels.containsKey(key)) {
            return labels.get(key);
        }
        for (RosterField field : RosterField.values()) {
            if (field.aliases().contains(key)) {
                return field;
            }
        }
        for (RosterField field : RosterField.values()) {
            for (String alias : field.aliases()) {
                if (alias.contains(" ") && key.startsWith(alias + " ")) {
                    return field;
                }
            }
        }
        return null;
    }

    /** "Họ và tên (1)" → "ho va ten 1": folded, punctuation as spaces. */
    static String headerKey(String header) {
        return VietnameseText.fold(header).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static boolean isColumnNumbers(SheetRow row) {
        return row.cells().stream().allMatch(c -> c instanceof SheetCell.Blank || c instanceof SheetCell.Number
                || c instanceof SheetCell.Text t && COLUMN_NUMBER.matcher(t.text().strip()).matches());
    }

    /**
     * Checks every row against the mapping without writing anything. Rows whose unit column names no
     * unit go to {@code defaultUnitId}; without a unit column a default unit is required.
     */
    public ImportPreview preview(ImportSource source, ColumnMapping mapping, String defaultUnitId, Progress progress) {
        if (mapping.column(RosterField.FULL_NAME).isEmpty()) {
            throw new AppException("roster.import.error.noNameColumn", source.file().getFileName());
        }
        if (!mapping.hasUnitColumn() && defaultUnitId == null) {
            throw new AppException("roster.import.error.noUnit", source.file().getFileName());
        }
        Unit fallback = defaultUnitId == null ? null : units.get(defaultUnitId);
        if (fallback != null && fallback.dissolved()) {
            throw new AppException("roster.error.unitDissolved", fallback.name());
        }
        RowReader reader = new RowReader(source.table(), mapping, units.matcher(), fallback);
        Identities known = new Identities(people.identities(), unitNames());
        Map<String, Integer> seen = new HashMap<>();
        List<ImportRow> additions = new ArrayList<>();
        List<ImportRow> updates = new ArrayList<>();
        List<ImportPreview.ReviewRow> reviews = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<SheetRow> rows = source.table().rows();
        Map<Integer, String> headings = new GroupHeadings(mapping).find(rows);
        Set<Integer> footer = new HashSet<>(new TableEnd(mapping, roster.choices(ChoiceList.RANK)).notPeople(rows, headings.keySet()));
        List<Integer> footerRows = new ArrayList<>();
        List<Integer> headingRows = new ArrayList<>();
        // Without a unit column a heading that names a unit under the chosen one ("ĐẠI ĐỘI 1") is the unit of the rows below it.
        UnitMatcher groups = mapping.hasUnitColumn() || fallback == null ? null : new UnitMatcher(subtree(fallback));
        Unit group = null;
        for (int i = 0; i < rows.size(); i++) {
            if (i % STEP == 0) {
                progress.checkCancelled();
                progress.update(i, rows.size(), null);
            }
            SheetRow row = rows.get(i);
            if (footer.contains(i)) {
                footerRows.add(row.number());
                continue;
            }
            if (headings.containsKey(i)) {
                headingRows.add(row.number());
                group = groups == null ? null : groups.find(headings.get(i)).orElse(null);
                continue;
            }
            try {
                ImportRow parsed = reader.read(row, group);
                PersonDetails d = parsed.details();
                for (String key : sameInFile(d)) {
                    if (seen.containsKey(key)) {
                        throw new RowRejected(new Rejection(row.number(), reader.header(RosterField.FULL_NAME), d.fullName(),
                                "roster.reject.duplicate", List.of(seen.get(key))));
                    }
                    seen.put(key, row.number());
                }
                switch (known.match(d)) {
                    case Identities.Match.None none -> additions.add(parsed);
                    case Identities.Match.Sure sure -> updates.add(new ImportRow(parsed.row(), d, parsed.unitId(), parsed.unitFromFile(), sure.personId()));
                    case Identities.Match.Unsure unsure -> reviews.add(new ImportPreview.ReviewRow(parsed, unsure.reasonKey(), unsure.candidates()));
                }
            } catch (RowRejected rejected) {
                rejections.add(rejected.rejection);
            }
        }
        progress.update(rows.size(), rows.size(), null);
        return new ImportPreview(source.file(), mapping, source.table(), additions, updates, reviews, rejections, footerRows, headingRows);
    }

    private List<Unit> subtree(Unit top) {
        Set<String> ids = units.subtreeIds(top.id());
        return units.tree().stream().map(UnitNode::unit).filter(u -> ids.contains(u.id()) && !u.dissolved()).toList();
    }

    /**
     * Two rows of one file are one person when they share the identifier, or, without identifiers,
     * the canonical name and a birth date.
     */
    private static List<String> sameInFile(PersonDetails d) {
        if (d.identifier() != null) {
            return List.of("#" + d.identifier());
        }
        return d.birth() == null ? List.of() : List.of(PersonRepository.nameKey(d.fullName()) + "|" + RosterDates.date(d.birth()));
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new HashMap<>();
        units.tree().forEach(node -> names.put(node.unit().id(), node.unit().name()));
        return names;
    }

    /** Writes the previewed rows the import is sure of; the "cần xem lại" rows are left out (nobody decided). */
    public ImportResult apply(ImportPreview preview, Progress progress) {
        return apply(preview, Map.of(), progress);
    }

    /**
     * Writes the previewed rows in one transaction and remembers the mapping; each "cần xem lại" row is
     * written as the officer decided (keyed by its row number) and left out when undecided. Cancel or
     * failure leaves nothing.
     */
    public ImportResult apply(ImportPreview preview, Map<Integer, ReviewDecision> decisions, Progress progress) {
        List<ImportRow> additions = new ArrayList<>(preview.additions());
        List<ImportRow> updates = new ArrayList<>(preview.updates());
        int undecided = 0;
        for (ImportPreview.ReviewRow review : preview.reviews()) {
            ReviewDecision decision = decisions.get(review.row().row());
            ImportRow row = review.row();
            if (decision == null) {
                undecided++;
            } else if (decision.isNew()) {
                additions.add(row);
            } else if (review.candidates().stream().anyMatch(c -> c.personId().equals(decision.personId()))) {
                updates.add(new ImportRow(row.row(), row.details(), row.unitId(), row.unitFromFile(), decision.personId()));
            } else {
                throw new AppException("roster.import.error.notACandidate", row.row());
            }
        }
        int leftForReview = undecided;
        return database.transactionResult(() -> {
            List<String> headers = preview.table().headers();
            for (int c = 0; c < headers.size(); c++) {
                String key = headerKey(headers.get(c));
                if (!key.isEmpty()) {
                    RosterField field = preview.mapping().field(c);
                    memory.remember(key, field == null ? IGNORED : field.name());
                }
            }
            int total = additions.size() + updates.size();
            int done = 0;
            List<Person> batch = new ArrayList<>(STEP);
            for (ImportRow row : additions) {
                batch.add(new Person(Ids.newId(), row.unitId(), row.details(), null, null));
                if (batch.size() == STEP) {
                    progress.checkCancelled();
                    roster.addAll(batch);
                    done += batch.size();
                    progress.update(done, total, null);
                    batch.clear();
                }
            }
            roster.addAll(batch);
            done += batch.size();
            LocalDate today = roster.today();
            List<Transfer> moves = new ArrayList<>();
            for (ImportRow row : updates) {
                if (++done % STEP == 0) {
                    progress.checkCancelled();
                    progress.update(done, total, null);
                }
                Person before = roster.get(row.existingId());
                boolean moved = row.unitFromFile() && !row.unitId().equals(before.unitId());
                roster.replace(new Person(before.id(), moved ? row.unitId() : before.unitId(), row.details().over(before.details()),
                        before.leftOn(), before.leftReason()));
                if (moved) {
                    moves.add(new Transfer(Ids.newId(), before.id(), before.unitId(), row.unitId(), today, null));
                }
            }
            roster.recordTransfers(moves);
            progress.checkCancelled();
            ImportResult result = new ImportResult(additions.size(), updates.size(), preview.rejections().size(), leftForReview);
            audit.created("roster-import", preview.file().getFileName().toString(), "added=" + result.added() + " updated="
                    + result.updated() + " rejected=" + result.rejected() + " leftForReview=" + result.leftForReview());
            return result;
        });
    }

    /** A row the import refuses; unwinds the row's reading with the reason. */
    private static final class RowRejected extends RuntimeException {
        private final transient Rejection rejection;

        RowRejected(Rejection rejection) {
            super(rejection.reasonKey(), null, false, false);
            this.rejection = rejection;
        }
    }

    /** Turns one sheet row into person details and a unit, or a rejection naming the column and value. */
    private static final class RowReader {
        private final SheetTable table;
        private final ColumnMapping mapping;
        private final UnitMatcher matcher;
        private final Unit fallback;

        RowReader(SheetTable table, ColumnMapping mapping, UnitMatcher matcher, Unit fallback) {
            this.table = table;
            this.mapping = mapping;
            this.matcher = matcher;
            this.fallback = fallback;
        }

        /** {@code group}: the unit a group heading above the row named, used when the sheet has no unit column. */
        ImportRow read(SheetRow row, Unit group) {
            for (int c = 0; c < row.cells().size(); c++) {
                if (mapping.field(c) != null && row.cell(c) instanceof SheetCell.Error error) {
                    throw reject(row, mapping.field(c), error.code(), "roster.reject.formulaError");
                }
            }
            String name = text(row, RosterField.FULL_NAME);
            if (name == null) {
                throw reject(row, RosterField.FULL_NAME, "", "roster.reject.nameMissing");
            }
            if (!VietnameseNames.isName(name)) {
                throw reject(row, RosterField.FULL_NAME, name, "roster.reject.notAName");
            }
            String genderText = text(row, RosterField.GENDER);
            Gender gender = genderText == null ? null : Gender.parse(genderText)
                    .orElseThrow(() -> reject(row, RosterField.GENDER, genderText, "roster.reject.badGender"));
            PersonDetails details = new PersonDetails(name, gender, date(row, RosterField.BIRTH_DATE),
                    text(row, RosterField.HOME_TOWN), text(row, RosterField.RANK), text(row, RosterField.POSITION),
                    text(row, RosterField.CATEGORY), yes(text(row, RosterField.PARTY_MEMBER)), date(row, RosterField.PARTY_DATE),
                    date(row, RosterField.START_DATE), text(row, RosterField.EDUCATION), text(row, RosterField.NOTES),
                    text(row, RosterField.IDENTIFIER)).cleaned();
            Unit unit = null;
            boolean fromFile = false;
            for (RosterField field : List.of(RosterField.UNIT_CODE, RosterField.UNIT_NAME)) {
                String named = text(row, field);
                if (unit == null && named != null) {
                    Optional<Unit> match = matcher.find(named);
                    if (match.isPresent()) {
                        unit = match.get();
                        fromFile = true;
                        if (unit.dissolved()) {
                            throw reject(row, field, named, "roster.reject.unitDissolved");
                        }
                    } else if (fallback == null) {
                        throw reject(row, field, named, "roster.reject.unknownUnit");
                    }
                }
            }
            if (unit == null && group != null) {
                unit = group;
                fromFile = true;
            }
            if (unit == null) {
                if (fallback == null) {
                    throw reject(row, RosterField.UNIT_NAME, "", "roster.reject.noUnit");
                }
                unit = fallback;
            }
            return new ImportRow(row.number(), details, unit.id(), fromFile, null);
        }

        String header(RosterField field) {
            return mapping.column(field).map(c -> c < table.headers().size() ? table.headers().get(c) : "").orElse("");
        }

        private RowRejected reject(SheetRow row, RosterField field, String value, String reasonKey) {
            return new RowRejected(new Rejection(row.number(), header(field), value, reasonKey, List.of()));
        }

        private String text(SheetRow row, RosterField field) {
            String text = mapping.column(field).map(c -> VietnameseText.cleanOrNull(row.cell(c).shown())).orElse(null);
            int limit = switch (field) {
                case FULL_NAME -> ImportBounds.NAME_LENGTH;
                case NOTES -> ImportBounds.LONG_FIELD_LENGTH;
                default -> ImportBounds.FIELD_LENGTH;
            };
            if (text != null && text.length() > limit) {
                throw new RowRejected(new Rejection(row.number(), header(field), text, "roster.reject.tooLong", List.of(limit)));
            }
            return text;
        }

        private Parsed date(SheetRow row, RosterField field) {
            Optional<Integer> column = mapping.column(field);
            if (column.isEmpty()) {
                return null;
            }
            SheetCell cell = row.cell(column.get());
            Optional<Parsed> parsed = switch (cell) {
                case SheetCell.Blank blank -> Optional.empty();
                case SheetCell.DateValue value -> Optional.of(new Parsed(value.date(), Precision.DAY));
                case SheetCell.Number number -> fromNumber(number.value());
                default -> VietnameseDates.parse(cell.shown());
            };
            if (parsed.isEmpty() && !(cell instanceof SheetCell.Blank)) {
                throw reject(row, field, cell.shown(), "roster.reject.badDate");
            }
            return parsed.orElse(null);
        }

        /** A bare number is a year (1990) or an Excel date serial typed into a cell without a date format. */
        private static Optional<Parsed> fromNumber(double value) {
            if (value == Math.rint(value) && value >= 1900 && value <= 2200) {
                return Optional.of(new Parsed(LocalDate.of((int) value, 1, 1), Precision.YEAR));
            }
            if (DateUtil.isValidExcelDate(value) && value > 2200) {
                LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
                if (date.getYear() >= 1900 && date.getYear() <= 2200) {
                    return Optional.of(new Parsed(date, Precision.DAY));
                }
            }
            return Optional.empty();
        }

        private static boolean yes(String text) {
            if (text == null) {
                return false;
            }
            return switch (VietnameseText.fold(text)) {
                case "khong", "k", "no", "0", "false", "-" -> false;
                default -> true;
            };
        }
    }
}
