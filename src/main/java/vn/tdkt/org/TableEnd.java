package vn.tdkt.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tdkt.core.VietnameseNames;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.core.VietnameseTones;

/**
 * Finds the rows of a roster sheet that are not people: what real rosters write below the table
 * (the total line, the place-and-date line, signature captions, the signers' rank and name) and
 * notes rows. The table ends at the first such line, or where the STT column stops after a
 * numbered block, provided no numbered row follows; notes rows are left out wherever they are. Group
 * headings ({@link GroupHeadings}) are neither: a heading in capitals is not where the table ends.
 */
final class TableEnd {
    /** "Tổng cộng: 44 đồng chí", "TỔNG SỐ 44", "Cộng: 12", "Cộng 12 đ/c" (lower case, marks kept). */
    private static final Pattern TOTAL = Pattern.compile("^(tổng cộng|tổng số|tổng quân số|quân số|cộng|tổng)\\s*([:\\-–.]|\\d|$).*"
            + "|^(tổng cộng|tổng số)\\b.*");
    /** "Hà Tĩnh, ngày 01 tháng 11 năm 2026", "ngày … tháng … năm 2026" (folded). */
    private static final Pattern PLACE_AND_DATE = Pattern.compile("(^|.*,\\s*)ngay\\b.{0,12}\\bthang\\b.{0,12}\\bnam\\b.*");
    /** Signature captions: who signs and on whose behalf (folded). */
    private static final Pattern CAPTION = Pattern.compile("^(nguoi lap( bieu| bang| danh sach)?|t/?m\\b|t\\.m\\b|kt\\b|k/t\\b|tl\\b|"
            + "tuq\\b|q\\.|thu truong|chi huy|xac nhan|nguoi ky|ky ten|\\(ky).*");
    /** Captions written as a position in capitals: "TIỂU ĐOÀN TRƯỞNG", "CHÍNH TRỊ VIÊN", "CHÍNH ỦY". */
    private static final Pattern POSITION_CAPTION = Pattern.compile(".*\\b(truong|chinh uy|chinh tri vien|pho)$");
    private static final Pattern NOTES = Pattern.compile("^(ghi chu|chu thich|luu y)\\b.*");
    private static final Pattern SERIAL_NUMBER = Pattern.compile("\\d{1,5}\\.?");

    private final ColumnMapping mapping;
    private final Serials serials;
    private final List<String> rankKeys;

    TableEnd(ColumnMapping mapping, List<String> ranks) {
        this.mapping = mapping;
        this.serials = new Serials(mapping);
        this.rankKeys = ranks.stream().map(VietnameseTones::key).sorted((a, b) -> b.length() - a.length()).toList();
    }

    /**
     * Indexes (in {@code rows}) of the rows that are no person: the footer and notes rows, blank ones and
     * the group headings at {@code headings} excluded.
     */
    List<Integer> notPeople(List<SheetRow> rows, Set<Integer> headings) {
        int lastNumbered = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (serials.numbered(rows.get(i))) {
                lastNumbered = i;
            }
        }
        int end = rows.size();
        for (int i = lastNumbered + 1; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            if (!blank(row) && !headings.contains(i) && (serials.present() && lastNumbered >= 0 || ends(row))) {
                end = i;
                break;
            }
        }
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            if (!blank(row) && !headings.contains(i) && (i >= end || !serials.numbered(row) && (ends(row) || notes(row)))) {
                found.add(i);
            }
        }
        return found;
    }

    /** The STT column: whether the sheet has one and whether a row carries a person's number in it. */
    record Serials(ColumnMapping mapping) {
        boolean present() {
            return mapping.column(RosterField.SERIAL).isPresent();
        }

        boolean numbered(SheetRow row) {
            return mapping.column(RosterField.SERIAL).map(c -> switch (row.cell(c)) {
                case SheetCell.Number n -> n.value() > 0;
                case SheetCell.Text t -> SERIAL_NUMBER.matcher(t.text().strip()).matches();
                default -> false;
            }).orElse(false);
        }
    }

    /** A line that only appears where the table is over. */
    private boolean ends(SheetRow row) {
        for (int c = 0; c < row.cells().size(); c++) {
            if (!(row.cell(c) instanceof SheetCell.Text text) || isDateColumn(c)) {
                continue;
            }
            String clean = VietnameseText.clean(text.text());
            String lower = VietnameseTones.key(clean);
            String folded = VietnameseText.fold(clean);
            if (TOTAL.matcher(lower).matches() || PLACE_AND_DATE.matcher(folded).matches()) {
                return true;
            }
            // A position or rank column holds "Chỉ huy trưởng" or "Thượng úy" in every row: captions are looked for elsewhere.
            boolean free = mapping.field(c) == null || mapping.field(c) == RosterField.FULL_NAME || mapping.field(c) == RosterField.NOTES;
            if (free && (CAPTION.matcher(folded).matches() || rankAndName(lower)
                    || capitals(clean) && (POSITION_CAPTION.matcher(folded).matches() || mapping.field(c) == null))) {
                return true;
            }
        }
        return false;
    }

    private boolean notes(SheetRow row) {
        return row.cells().stream().anyMatch(cell -> cell instanceof SheetCell.Text t && NOTES.matcher(VietnameseText.fold(t.text())).matches());
    }

    /** "Thượng úy Trần Văn Tú": a signer under a caption, never a row of the table. */
    private boolean rankAndName(String lower) {
        for (String rank : rankKeys) {
            if (lower.startsWith(rank + " ") && VietnameseNames.isName(lower.substring(rank.length() + 1))
                    && lower.substring(rank.length() + 1).split(" ").length >= 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitals(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(Locale.ROOT)) && text.contains(" ");
    }

    private boolean isDateColumn(int column) {
        RosterField field = mapping.field(column);
        return field == RosterField.BIRTH_DATE || field == RosterField.PARTY_DATE || field == RosterField.START_DATE;
    }

    private static boolean blank(SheetRow row) {
        return row.cells().stream().allMatch(c -> c instanceof SheetCell.Blank || c.shown().isBlank());
    }
}
