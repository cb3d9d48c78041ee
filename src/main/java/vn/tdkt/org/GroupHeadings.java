package vn.tdkt.org;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.tdkt.core.VietnameseNames;
import vn.tdkt.core.VietnameseText;

/**
 * Finds the rows of a roster sheet that name the group the next rows belong to: "BAN CHỈ HUY",
 * "ĐẠI ĐỘI 1", "I. CƠ QUAN TIỂU ĐOÀN" or "II | Trung đội 2" (a Roman numeral or a letter in the STT
 * column). Such a row has one text and no serial number, and people follow it; otherwise it would be
 * taken for a person, or, with a digit, rejected as a name.
 */
final class GroupHeadings {
    /** "I", "IV.", "A", "b)": how rosters number their groups, apart from the people's 1, 2, 3. */
    private static final Pattern GROUP_MARK = Pattern.compile("(?i)(?:[ivx]{1,5}|[a-zđ])[.)]?");
    /** The same mark written at the start of the heading's text: "I. BAN CHỈ HUY", "A- ĐẠI ĐỘI 1". */
    private static final Pattern LEADING_MARK = Pattern.compile("^(?:[IVX]{1,5}|[A-ZĐ])\\s*[.)\\-–:]\\s*");

    private final ColumnMapping mapping;
    private final TableEnd.Serials serials;

    GroupHeadings(ColumnMapping mapping) {
        this.mapping = mapping;
        this.serials = new TableEnd.Serials(mapping);
    }

    /** Indexes (in {@code rows}) of the group headings, each with its text without the group mark. */
    Map<Integer, String> find(List<SheetRow> rows) {
        Map<Integer, String> headings = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String text = heading(rows.get(i));
            if (text != null && peopleFollow(rows, i + 1)) {
                headings.put(i, text);
            }
        }
        return headings;
    }

    /** The heading's text when the row can be one: one text, no serial number, capitals or a group mark. */
    private String heading(SheetRow row) {
        if (serials.numbered(row)) {
            return null;
        }
        boolean marked = false;
        String text = null;
        for (int c = 0; c < row.cells().size(); c++) {
            SheetCell cell = row.cell(c);
            if (cell instanceof SheetCell.Blank || cell.shown().isBlank()) {
                continue;
            }
            if (mapping.field(c) == RosterField.SERIAL && cell instanceof SheetCell.Text mark
                    && GROUP_MARK.matcher(mark.text().strip()).matches()) {
                marked = true;
            } else if (text == null && cell instanceof SheetCell.Text t) {
                text = VietnameseText.clean(t.text());
            } else {
                return null;
            }
        }
        if (text == null) {
            return null;
        }
        boolean leadingMark = LEADING_MARK.matcher(text).find();
        String bare = LEADING_MARK.matcher(text).replaceFirst("");
        return marked || leadingMark || capitals(bare) ? bare : null;
    }

    /** Whether a row that is a person comes next (before any other heading): a numbered row, or a name with more beside it. */
    private boolean peopleFollow(List<SheetRow> rows, int from) {
        for (int i = from; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            if (serials.numbered(row)) {
                return true;
            }
            long filled = row.cells().stream().filter(c -> !(c instanceof SheetCell.Blank) && !c.shown().isBlank()).count();
            if (filled == 0) {
                continue;
            }
            return !serials.present() && filled >= 2 && mapping.column(RosterField.FULL_NAME)
                    .map(c -> row.cell(c) instanceof SheetCell.Text t && VietnameseNames.isName(VietnameseText.clean(t.text())))
                    .orElse(false);
        }
        return false;
    }

    private static boolean capitals(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(Locale.ROOT));
    }
}
