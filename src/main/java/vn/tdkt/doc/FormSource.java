package vn.tdkt.doc;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.tdkt.core.VietnameseText;

/**
 * A form a feature delivers, filled from the data folder's records: which records it can be filled from
 * (this decision, this person, this year) and how to build the document for one of them. Nothing is
 * invented: when the records a form rests on do not exist yet, {@code records} is empty and
 * {@code missingKey} says what is missing.
 *
 * @param id         stable id; the form's name is the message "doc.form." + id
 * @param fileStem   the file name before the record's suffix, without diacritics ("To-trinh-khen-thuong")
 * @param missingKey the message shown instead of a chooser when there is no record to fill the form from
 * @param records    the chooser's choices, newest first; reads the database, so call it off the FX thread
 * @param build      the document for one choice's {@link Choice#id()}
 * @param check      the contradictions of that record's dossier, named in the user's language; empty when it can be issued
 */
public record FormSource(String id, String fileStem, String missingKey, Supplier<List<Choice>> records,
                         Function<String, Document> build, Function<String, List<Contradiction>> check) {

    /** One record the form can be filled from: its key, what the chooser shows, and what goes into the file name. */
    public record Choice(String id, String label, String fileSuffix) {
    }

    public String titleKey() {
        return "doc.form." + id;
    }

    /** "To-trinh-khen-thuong-01-TTr-TrD19": no diacritics in file names, as ui.md asks. */
    public String fileName(Choice choice) {
        return VietnameseText.fileSafe(fileStem + "-" + choice.fileSuffix());
    }
}
