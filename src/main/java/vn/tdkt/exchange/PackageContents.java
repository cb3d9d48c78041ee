package vn.tdkt.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a kind puts in a package: the unit it speaks for, a summary for the receiver's list, its
 * records as {@code data/NAME.json}, attachments (stored once each as {@code files/<sha256>}) and the
 * rendered documents under {@code docs/} for a reader without the app.
 */
public final class PackageContents {
    private final Manifest.SourceUnit unit;
    private final boolean personalData;
    private final Map<String, Integer> summary = new LinkedHashMap<>();
    private final Map<String, byte[]> data = new LinkedHashMap<>();
    private final List<Path> attachments = new ArrayList<>();
    private final Map<String, Path> docs = new LinkedHashMap<>();
    private String subject;

    /** {@code personalData}: the package carries people's records, so exporting it without a password warns. */
    public PackageContents(Manifest.SourceUnit unit, boolean personalData) {
        this.unit = unit;
        this.personalData = personalData;
    }

    /**
     * What the package is about, when that is not the unit itself (a dossier: the model's id). Packages
     * of one source, kind and subject replace each other; of different subjects they stand side by side.
     */
    public PackageContents subject(String subject) {
        this.subject = subject;
        return this;
    }

    /** One count shown in the receiver's list, e.g. "person" → 312. */
    public PackageContents count(String what, int count) {
        summary.put(what, count);
        return this;
    }

    /** Records written as {@code data/NAME.json}; NAME is lower-case letters, digits and dashes. */
    public PackageContents data(String name, Object records) {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("data entry name " + name);
        }
        data.put(name, PackageJson.write(records));
        return this;
    }

    public PackageContents attachment(Path file) {
        attachments.add(file);
        return this;
    }

    /** A rendered document, stored as {@code docs/NAME}. */
    public PackageContents doc(String name, Path file) {
        docs.put(name, file);
        return this;
    }

    Manifest.SourceUnit unit() {
        return unit;
    }

    String subject() {
        return subject == null ? unit.code() : subject;
    }

    boolean personalData() {
        return personalData;
    }

    Map<String, Integer> summary() {
        return summary;
    }

    Map<String, byte[]> data() {
        return data;
    }

    List<Path> attachments() {
        return attachments;
    }

    Map<String, Path> docs() {
        return docs;
    }
}
