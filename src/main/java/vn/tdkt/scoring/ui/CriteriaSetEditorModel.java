package vn.tdkt.scoring.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.scoring.Band;
import vn.tdkt.scoring.Comparison;
import vn.tdkt.scoring.CriteriaGroup;
import vn.tdkt.scoring.CriteriaSet;
import vn.tdkt.scoring.Criterion;
import vn.tdkt.scoring.CriterionKind;
import vn.tdkt.scoring.Problem;
import vn.tdkt.scoring.RollUp;
import vn.tdkt.scoring.Scores;
import vn.tdkt.scoring.TieBreak;

/**
 * A criteria set as the officer edits it: every line and number kept as typed, so a half-written value is
 * never lost or silently changed. {@link #draft()} turns it into a set or names the first line that is
 * wrong. Saving is the service's: a set that has scores becomes a new version there.
 */
public final class CriteriaSetEditorModel {
    /** One criterion line: a group's points or threshold criterion, or a bonus or penalty item (no group). */
    public static final class Line {
        public final StringProperty group = new SimpleStringProperty("");
        public final StringProperty code = new SimpleStringProperty("");
        public final StringProperty name = new SimpleStringProperty("");
        public final ObjectProperty<CriterionKind> kind = new SimpleObjectProperty<>(CriterionKind.POINTS);
        public final StringProperty max = new SimpleStringProperty("");
        public final ObjectProperty<Comparison> comparison = new SimpleObjectProperty<>();
        public final StringProperty target = new SimpleStringProperty("");
        public final StringProperty guide = new SimpleStringProperty("");
    }

    /** One classification band: its name and the lowest total that reaches it. */
    public static final class BandLine {
        public final StringProperty name = new SimpleStringProperty("");
        public final StringProperty minTotal = new SimpleStringProperty("");
    }

    /** The set built from the lines, or why it cannot be. */
    public record Draft(CriteriaSet set, Problem problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private final CriteriaSet original;
    public final StringProperty name = new SimpleStringProperty("");
    public final ObjectProperty<RollUp> rollUp = new SimpleObjectProperty<>(RollUp.AVERAGE);
    public final ObjectProperty<TieBreak> tieBreak = new SimpleObjectProperty<>(TieBreak.SHARED);
    public final StringProperty bonusCap = new SimpleStringProperty("");
    public final StringProperty penaltyCap = new SimpleStringProperty("");
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<BandLine> bands = FXCollections.observableArrayList();
    private List<Object> asLoaded = List.of();

    private CriteriaSetEditorModel(CriteriaSet original) {
        this.original = original;
    }

    /** A new set with one empty line to start from. */
    public static CriteriaSetEditorModel blank() {
        CriteriaSetEditorModel model = new CriteriaSetEditorModel(null);
        model.addLine(-1);
        model.asLoaded = model.contents();
        return model;
    }

    /** An existing version, every value written as the officer would type it. */
    public static CriteriaSetEditorModel of(CriteriaSet set) {
        CriteriaSetEditorModel model = new CriteriaSetEditorModel(set);
        model.name.set(set.name());
        model.rollUp.set(set.rollUp());
        model.tieBreak.set(set.tieBreak());
        model.bonusCap.set(set.bonusCap() == null ? "" : Scores.format(set.bonusCap()));
        model.penaltyCap.set(set.penaltyCap() == null ? "" : Scores.format(set.penaltyCap()));
        for (CriteriaGroup group : set.groups()) {
            group.criteria().forEach(c -> model.lines.add(line(group.name(), c)));
        }
        set.bonuses().forEach(c -> model.lines.add(line("", c)));
        set.penalties().forEach(c -> model.lines.add(line("", c)));
        for (Band band : set.bands()) {
            BandLine b = new BandLine();
            b.name.set(band.name());
            b.minTotal.set(Scores.format(band.minTotal()));
            model.bands.add(b);
        }
        model.asLoaded = model.contents();
        return model;
    }

    private static Line line(String group, Criterion c) {
        Line line = new Line();
        line.group.set(group);
        line.code.set(c.code());
        line.name.set(c.name());
        line.kind.set(c.kind());
        line.max.set(Scores.format(c.maxPoints()));
        line.comparison.set(c.comparison());
        line.target.set(c.target() == null ? "" : Scores.format(c.target()));
        line.guide.set(c.guide() == null ? "" : c.guide());
        return line;
    }

    /**
     * True when something differs from what was loaded (typing a value back as it was makes it clean again),
     * so leaving the page can ask before the edit is lost.
     */
    public boolean dirty() {
        return !contents().equals(asLoaded);
    }

    /** Everything the officer can change, in order, as typed. */
    private List<Object> contents() {
        // Arrays.asList: a cleared cell may hold null, and null is a value here like any other.
        List<Object> all = new ArrayList<>(Arrays.<Object>asList(name.get(), rollUp.get(), tieBreak.get(), bonusCap.get(), penaltyCap.get()));
        for (Line line : lines) {
            all.add(Arrays.asList(line.group.get(), line.code.get(), line.name.get(), line.kind.get(), line.max.get(),
                    line.comparison.get(), line.target.get(), line.guide.get()));
        }
        bands.forEach(band -> all.add(Arrays.asList(band.name.get(), band.minTotal.get())));
        return all;
    }

    /** The version being edited, or null for a new set. */
    public CriteriaSet original() {
        return original;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ObservableList<BandLine> bands() {
        return bands;
    }

    /** Adds a line below {@code index} (-1: at the end) in the same group as the line above; returns its index. */
    public int addLine(int index) {
        int at = index < 0 || index >= lines.size() ? lines.size() : index + 1;
        Line line = new Line();
        if (at > 0) {
            Line above = lines.get(at - 1);
            line.group.set(above.group.get());
            line.kind.set(above.kind.get() == CriterionKind.THRESHOLD ? CriterionKind.POINTS : above.kind.get());
        }
        lines.add(at, line);
        return at;
    }

    public void removeLine(int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
    }

    /** Moves a line one place up (-1) or down (+1); returns where it is now. */
    public int moveLine(int index, int by) {
        int to = index + by;
        if (index < 0 || index >= lines.size() || to < 0 || to >= lines.size()) {
            return index;
        }
        Line line = lines.remove(index);
        lines.add(to, line);
        return to;
    }

    public void addBand() {
        bands.add(new BandLine());
    }

    public void removeBand(int index) {
        if (index >= 0 && index < bands.size()) {
            bands.remove(index);
        }
    }

    /**
     * The set as edited. Groups take the order their first line has; bonus and penalty items belong to no
     * group. The first wrong line (numbered from 1) is named in the problem, nothing is guessed.
     */
    public Draft draft() {
        String setName = VietnameseText.clean(name.get());
        if (setName.isEmpty()) {
            return problem("scoring.set.noName");
        }
        Map<String, List<Criterion>> groups = new LinkedHashMap<>();
        List<Criterion> bonuses = new ArrayList<>();
        List<Criterion> penalties = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int number = i + 1;
            String code = VietnameseText.clean(line.code.get());
            String text = VietnameseText.clean(line.name.get());
            if (code.isEmpty() && text.isEmpty() && VietnameseText.clean(line.max.get()).isEmpty()) {
                continue;
            }
            if (code.isEmpty() || text.isEmpty()) {
                return problem("scoring.editor.noCode", number);
            }
            Optional<Double> max = number(line.max.get());
            if (max.isEmpty() || max.get() <= 0) {
                return problem("scoring.editor.badMax", number, code);
            }
            CriterionKind kind = line.kind.get();
            Comparison comparison = null;
            Double target = null;
            if (kind == CriterionKind.THRESHOLD) {
                Optional<Double> typed = number(line.target.get());
                if (line.comparison.get() == null || typed.isEmpty()) {
                    return problem("scoring.set.noTarget", code);
                }
                comparison = line.comparison.get();
                target = typed.get();
            }
            Criterion criterion = new Criterion(null, null, code, text, kind, max.get(), comparison, target,
                    VietnameseText.cleanOrNull(line.guide.get()));
            switch (kind) {
                case BONUS -> bonuses.add(criterion);
                case PENALTY -> penalties.add(criterion);
                case POINTS, THRESHOLD -> {
                    String group = VietnameseText.clean(line.group.get());
                    if (group.isEmpty()) {
                        return problem("scoring.editor.noGroup", number, code);
                    }
                    groups.computeIfAbsent(group, g -> new ArrayList<>()).add(criterion);
                }
            }
        }
        if (groups.isEmpty()) {
            return problem("scoring.editor.noCriteria");
        }
        if (badCap(bonusCap.get()) || badCap(penaltyCap.get())) {
            return problem("scoring.editor.badCap");
        }
        List<Band> bandList = new ArrayList<>();
        for (BandLine band : bands) {
            String bandName = VietnameseText.clean(band.name.get());
            Optional<Double> min = number(band.minTotal.get());
            if (bandName.isEmpty() && VietnameseText.clean(band.minTotal.get()).isEmpty()) {
                continue;
            }
            if (bandName.isEmpty() || min.isEmpty()) {
                return problem("scoring.editor.badBand", bandName);
            }
            bandList.add(new Band(bandName, min.get()));
        }
        List<CriteriaGroup> groupList = new ArrayList<>();
        groups.forEach((group, criteria) -> groupList.add(new CriteriaGroup(null, group, criteria)));
        CriteriaSet set = new CriteriaSet(original == null ? null : original.id(), original == null ? null : original.familyId(),
                original == null ? 1 : original.version(), setName, false, rollUp.get(), tieBreak.get(),
                number(bonusCap.get()).orElse(null), number(penaltyCap.get()).orElse(null), groupList, bonuses, penalties, bandList);
        return new Draft(set, null);
    }

    private static Draft problem(String key, Object... args) {
        return new Draft(null, new Problem(key, args));
    }

    private static Optional<Double> number(String text) {
        try {
            BigDecimal value = VietnameseNumbers.parse(text == null ? "" : text);
            return Optional.of(value.doubleValue());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A cap is left empty (no cap) or is a number not below zero. */
    private static boolean badCap(String text) {
        if (VietnameseText.clean(text == null ? "" : text).isEmpty()) {
            return false;
        }
        return number(text).filter(v -> v >= 0).isEmpty();
    }
}
