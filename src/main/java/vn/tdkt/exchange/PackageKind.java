package vn.tdkt.exchange;

import java.nio.file.Path;
import vn.tdkt.core.Messages;

/**
 * One kind of package (a unit's snapshot, an ĐHTT dossier, an award proposal, decisions sent down):
 * what it reads to send and how it applies what it receives. The format, the signature, the
 * password, trust, sequences and the transaction are the exchange's; a kind only knows its records.
 */
public interface PackageKind {
    /** The word in the manifest and on the command line ({@code --kind snapshot}). */
    String name();

    /** What this installation can send of this kind (a snapshot: its own units), for the export dialog. */
    java.util.List<Subject> subjects();

    /** A thing a package can be about: its code on the command line and its name for people. */
    record Subject(String code, String name) {
    }

    /**
     * The records to send for {@code subject} (a unit code for a snapshot), with its rendered documents
     * written into {@code work}, a folder removed after the export. An unknown subject is an AppException.
     */
    PackageContents contents(String subject, Path work, Messages messages);

    /**
     * Applies a verified package inside the import's transaction: checks its records against this
     * installation's first (throwing an AppException leaves everything as it was), then writes them
     * and tells {@code scope} which records the sender now owns here.
     */
    void apply(OpenedPackage opened, ImportScope scope);
}
