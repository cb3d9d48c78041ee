package vn.tdkt.award.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.tdkt.award.Candidate;

/** A qualifying candidate on the council's ballot: the votes in favour as typed, and the verdict they give. */
public final class BallotRow {
    private final Candidate candidate;
    private final StringProperty agree = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");

    BallotRow(Candidate candidate) {
        this.candidate = candidate;
    }

    public Candidate candidate() {
        return candidate;
    }

    public StringProperty agreeProperty() {
        return agree;
    }

    public StringProperty resultProperty() {
        return result;
    }
}
