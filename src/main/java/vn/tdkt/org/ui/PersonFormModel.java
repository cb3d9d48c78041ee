package vn.tdkt.org.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.tdkt.core.AppException;
import vn.tdkt.core.MessageKey;
import vn.tdkt.core.VietnameseDates.Parsed;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.org.Gender;
import vn.tdkt.org.Person;
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.RosterDates;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.Unit;
import vn.tdkt.ui.UiContext;

/**
 * The person side panel: the fields as text while typed, a new person or the one being edited,
 * and the unit (for a new person: where they go; for an existing one: where to transfer them).
 * Saves, transfers and departures run through the task runner; {@code open} says whether the panel
 * is showing (a person selected or being added).
 */
public final class PersonFormModel {
    private final UiContext ui;
    private final RosterService roster;
    private final StringProperty fullName = new SimpleStringProperty("");
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    private final StringProperty birth = new SimpleStringProperty("");
    private final StringProperty homeTown = new SimpleStringProperty("");
    private final StringProperty rank = new SimpleStringProperty("");
    private final StringProperty position = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("");
    private final BooleanProperty partyMember = new SimpleBooleanProperty(false);
    private final StringProperty partyDate = new SimpleStringProperty("");
    private final StringProperty startDate = new SimpleStringProperty("");
    private final StringProperty education = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    private final StringProperty moveDate = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Person> editing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private boolean loading;

    public PersonFormModel(UiContext ui, RosterService roster) {
        this.ui = ui;
        this.roster = roster;
        for (Observable field : new Observable[] {fullName, gender, birth, homeTown, rank, position, category, partyMember,
            partyDate, startDate, education, notes}) {
            field.addListener(o -> dirty.set(!loading));
        }
    }

    /** Empties the form for a new person in {@code target}. */
    public void startNew(Unit target) {
        load(null, PersonDetails.named(""), target);
    }

    public void edit(RosterEntry entry) {
        load(entry.person(), entry.person().details(), null);
    }

    /** Closes the panel, dropping what was typed (the caller asked first). */
    public void close() {
        load(null, PersonDetails.named(""), null);
        open.set(false);
    }

    /** Puts the fields back as they were saved. */
    public void discard() {
        Person person = editing.get();
        if (person == null) {
            close();
        } else {
            load(person, person.details(), null);
        }
    }

    private void load(Person person, PersonDetails d, Unit target) {
        open.set(true);
        loading = true;
        Person before = editing.get();
        editing.set(person);
        fullName.set(text(d.fullName()));
        gender.set(d.gender());
        birth.set(RosterDates.format(d.birth()));
        homeTown.set(text(d.homeTown()));
        rank.set(text(d.rank()));
        position.set(text(d.position()));
        category.set(text(d.category()));
        partyMember.set(d.partyMember());
        partyDate.set(RosterDates.format(d.partyDate()));
        startDate.set(RosterDates.format(d.startDate()));
        education.set(text(d.education()));
        notes.set(text(d.notes()));
        unit.set(target);
        // A move date typed for this person survives saving or dropping their other changes.
        if (person == null || before == null || !person.id().equals(before.id())) {
            moveDate.set("");
        }
        loading = false;
        dirty.set(false);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** The details typed; an unreadable date is refused naming the field and the text. */
    public PersonDetails details() {
        return new PersonDetails(fullName.get(), gender.get(), date(birth, "roster.field.birth_date"), homeTown.get(), rank.get(),
                position.get(), category.get(), partyMember.get(), date(partyDate, "roster.field.party_date"),
                date(startDate, "roster.field.start_date"), education.get(), notes.get());
    }

    private static Parsed date(StringProperty text, String fieldKey) {
        String value = VietnameseText.cleanOrNull(text.get());
        if (value == null) {
            return null;
        }
        return RosterDates.parse(value).orElseThrow(() -> new AppException("roster.form.badDate", new MessageKey(fieldKey), value));
    }

    /** Adds or updates off the FX thread; {@code saved} gets the person written. A bad date is refused at once. */
    public void save(Consumer<Person> saved) {
        PersonDetails details;
        try {
            details = details();
        } catch (AppException e) {
            ui.dialogs().error(e);
            return;
        }
        Person before = editing.get();
        String unitId = unit.get() == null ? null : unit.get().id();
        ui.tasks().run(ui.text("roster.saving"), progress -> before == null ? roster.add(unitId, details) : roster.update(before.id(), details),
                person -> {
                    load(person, person.details(), null);
                    saved.accept(person);
                });
    }

    /** Transfers the person being edited to the chosen unit on the typed date (today when empty). */
    public void transfer(Consumer<Person> done) {
        Person person = requireEditing();
        Parsed on;
        try {
            on = date(moveDate, "roster.form.moveDate");
        } catch (AppException e) {
            ui.dialogs().error(e);
            return;
        }
        String toUnit = unit.get() == null ? null : unit.get().id();
        ui.tasks().run(ui.text("roster.saving"), progress -> {
            roster.transfer(person.id(), toUnit, on == null ? null : on.date(), null);
            return roster.get(person.id());
        }, moved -> {
            load(moved, moved.details(), null);
            moveDate.set("");
            done.accept(moved);
        });
    }

    /** Marks the person being edited as left on the typed date (today when empty). */
    public void markLeft(String reason, Consumer<Person> done) {
        Person person = requireEditing();
        Parsed on;
        try {
            on = date(moveDate, "roster.form.moveDate");
        } catch (AppException e) {
            ui.dialogs().error(e);
            return;
        }
        ui.tasks().run(ui.text("roster.saving"), progress -> {
            roster.markLeft(person.id(), on == null ? null : on.date(), reason);
            return roster.get(person.id());
        }, left -> {
            load(left, left.details(), null);
            moveDate.set("");
            done.accept(left);
        });
    }

    private Person requireEditing() {
        return Optional.ofNullable(editing.get()).orElseThrow(() -> new AppException("roster.form.noPerson"));
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public StringProperty birthProperty() {
        return birth;
    }

    public StringProperty homeTownProperty() {
        return homeTown;
    }

    public StringProperty rankProperty() {
        return rank;
    }

    public StringProperty positionProperty() {
        return position;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public BooleanProperty partyMemberProperty() {
        return partyMember;
    }

    public StringProperty partyDateProperty() {
        return partyDate;
    }

    public StringProperty startDateProperty() {
        return startDate;
    }

    public StringProperty educationProperty() {
        return education;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public StringProperty moveDateProperty() {
        return moveDate;
    }

    public ReadOnlyObjectProperty<Person> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** True while the panel shows a person or a new one being added. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
