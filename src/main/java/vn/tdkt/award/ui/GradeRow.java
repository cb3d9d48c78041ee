package vn.tdkt.award.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.tdkt.award.Grade;
import vn.tdkt.award.SubjectKind;

/** One line of the classification grid: a person or the unit itself, with the grade as loaded and as edited. */
public final class GradeRow {
    private final SubjectKind kind;
    private final String id;
    private final String name;
    private final String unitName;
    private final Grade loaded;
    private final ObjectProperty<Grade> grade;

    GradeRow(SubjectKind kind, String id, String name, String unitName, Grade loaded) {
        this.kind = kind;
        this.id = id;
        this.name = name;
        this.unitName = unitName;
        this.loaded = loaded;
        this.grade = new SimpleObjectProperty<>(loaded);
    }

    public SubjectKind kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String unitName() {
        return unitName;
    }

    public ObjectProperty<Grade> gradeProperty() {
        return grade;
    }

    boolean changed() {
        return grade.get() != loaded;
    }
}
