package vn.tdkt.scoring.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.tdkt.core.Messages;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.scoring.CellChange;
import vn.tdkt.scoring.Criterion;
import vn.tdkt.scoring.Member;
import vn.tdkt.scoring.Problem;
import vn.tdkt.scoring.ScoreSheet;
import vn.tdkt.scoring.Scores;
import vn.tdkt.scoring.ScoringPeriodRepository;
import vn.tdkt.scoring.Standing;
import vn.tdkt.scoring.Totals;

/**
 * The scoring grid without a window: members down, criteria across. A typed value is kept exactly as typed;
 * one that does not fit its criterion is marked with the reason and left out of the total (never clipped).
 * Totals, ranks and bands follow every keystroke.
 */
public final class ScoreGridModel {
    /** One cell: the text as typed, the reason it is refused (empty when fine) and the evidence note. */
    public static final class CellModel {
        private final Criterion criterion;
        private final StringProperty text = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
        private final StringProperty note = new SimpleStringProperty("");
        private Double value;
        private Double storedValue;
        private String storedNote;

        CellModel(Criterion criterion) {
            this.criterion = criterion;
        }

        public Criterion criterion() {
            return criterion;
        }

        public StringProperty textProperty() {
            return text;
        }

        public ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }

        public StringProperty noteProperty() {
            return note;
        }

        boolean changed() {
            return error.get().isEmpty() && (!java.util.Objects.equals(value, storedValue)
                    || !java.util.Objects.equals(VietnameseText.cleanOrNull(note.get()), storedNote));
        }
    }

    /** One member's line with its live total, rank and band. */
    public static final class RowModel {
        private final Member member;
        private final List<CellModel> cells;
        private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper rank = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper band = new ReadOnlyStringWrapper("");
        private Totals totals = Totals.ZERO;

        RowModel(Member member, List<CellModel> cells) {
            this.member = member;
            this.cells = cells;
        }

        public Member member() {
            return member;
        }

        public List<CellModel> cells() {
            return cells;
        }

        public ReadOnlyStringProperty totalProperty() {
            return total.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty rankProperty() {
            return rank.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty bandProperty() {
            return band.getReadOnlyProperty();
        }
    }

    private final ScoreSheet sheet;
    private final Messages messages;
    private final List<RowModel> rows = new ArrayList<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ScoreGridModel(ScoreSheet sheet, Messages messages) {
        this.sheet = sheet;
        this.messages = messages;
        List<Criterion> criteria = sheet.set().criteria();
        for (Member member : sheet.members()) {
            List<CellModel> cells = new ArrayList<>(criteria.size());
            for (Criterion criterion : criteria) {
                CellModel cell = new CellModel(criterion);
                ScoringPeriodRepository.Cell stored = sheet.cell(member.id(), criterion.id());
                if (stored != null) {
                    cell.storedValue = stored.value();
                    cell.value = stored.value();
                    cell.storedNote = stored.note();
                    cell.text.set(stored.value() == null ? "" : Scores.format(stored.value()));
                    cell.note.set(stored.note() == null ? "" : stored.note());
                }
                cells.add(cell);
            }
            rows.add(new RowModel(member, cells));
        }
        rows.forEach(this::retotal);
        rerank();
    }

    public ScoreSheet sheet() {
        return sheet;
    }

    public List<RowModel> rows() {
        return rows;
    }

    public List<Criterion> criteria() {
        return sheet.set().criteria();
    }

    public boolean locked() {
        return sheet.period().locked();
    }

    /** The last refusal or paste summary, for the line under the grid. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Takes a typed value: checks it against its criterion, then updates that row's total and every rank. */
    public void type(int row, int column, String typed) {
        if (locked()) {
            message.set(messages.get("scoring.grid.locked"));
            return;
        }
        CellModel cell = rows.get(row).cells.get(column);
        String text = VietnameseText.clean(typed);
        cell.text.set(text);
        Optional<Problem> problem = Optional.empty();
        Double value = null;
        if (!text.isEmpty()) {
            try {
                value = VietnameseNumbers.parse(text).doubleValue();
                problem = cell.criterion.problem(value);
            } catch (NumberFormatException e) {
                problem = Optional.of(new Problem("scoring.value.notNumber"));
            }
        }
        cell.value = problem.isPresent() ? null : value;
        String reason = problem.map(p -> messages.get("scoring.grid.refused", rows.get(row).member.name(), cell.criterion.code(),
                p.describe(messages))).orElse("");
        cell.error.set(reason);
        message.set(reason);
        retotal(rows.get(row));
        rerank();
    }

    /**
     * Pastes a block copied from Excel (rows by line, cells by tab) with its top-left at the given cell;
     * what falls outside the grid is dropped and said so.
     */
    public void paste(int row, int column, String block) {
        if (locked()) {
            message.set(messages.get("scoring.grid.locked"));
            return;
        }
        String[] lines = block.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        int taken = 0;
        int dropped = 0;
        int refused = 0;
        for (int i = 0; i < lines.length; i++) {
            String[] values = lines[i].split("\t", -1);
            for (int j = 0; j < values.length; j++) {
                int r = row + i;
                int c = column + j;
                if (r >= rows.size() || c >= criteria().size()) {
                    dropped++;
                    continue;
                }
                type(r, c, values[j]);
                if (rows.get(r).cells.get(c).error.get().isEmpty()) {
                    taken++;
                } else {
                    refused++;
                }
            }
        }
        message.set(messages.get("scoring.grid.pasted", taken, refused, dropped));
    }

    public void note(int row, int column, String note) {
        if (!locked()) {
            rows.get(row).cells.get(column).note.set(VietnameseText.nfc(note));
        }
    }

    /** The cells to write: valid ones that differ from what is stored. */
    public List<CellChange> changes() {
        List<CellChange> changes = new ArrayList<>();
        for (RowModel row : rows) {
            for (CellModel cell : row.cells) {
                if (cell.changed()) {
                    changes.add(new CellChange(row.member.id(), cell.criterion.id(), cell.value, VietnameseText.cleanOrNull(cell.note.get())));
                }
            }
        }
        return changes;
    }

    public boolean hasRefusedCells() {
        return rows.stream().anyMatch(r -> r.cells.stream().anyMatch(c -> !c.error.get().isEmpty()));
    }

    private void retotal(RowModel row) {
        Map<String, Double> values = new HashMap<>();
        for (CellModel cell : row.cells) {
            if (cell.value != null) {
                values.put(cell.criterion.id(), cell.value);
            }
        }
        row.totals = Scores.totals(sheet.set(), values);
        row.total.set(Scores.format(row.totals.total()));
    }

    private void rerank() {
        Map<String, Totals> totals = new HashMap<>();
        Map<String, RowModel> byMember = new HashMap<>();
        rows.forEach(r -> {
            totals.put(r.member.id(), r.totals);
            byMember.put(r.member.id(), r);
        });
        for (Standing standing : Scores.rank(sheet.set(), sheet.members(), totals)) {
            RowModel row = byMember.get(standing.member().id());
            row.rank.set(String.valueOf(standing.rank()));
            row.band.set(standing.band());
        }
    }
}
