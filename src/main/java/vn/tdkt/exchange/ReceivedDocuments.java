package vn.tdkt.exchange;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import vn.tdkt.core.AppException;
import vn.tdkt.core.ImportBounds;
import vn.tdkt.core.VietnameseText;

/**
 * The documents received packages carry: kept with the package in the data file at import, so the officer reads
 * the Tờ trình he received in the app, and a backup or a restore carries it with the records it goes with.
 */
final class ReceivedDocuments {
    private final ReceivedDocumentRepository repository;

    ReceivedDocuments(ReceivedDocumentRepository repository) {
        this.repository = repository;
    }

    /**
     * Inside the import's transaction: every document of the package, hashed again against the signed list as it
     * is read (a changed one refuses the whole import); one over the size kept is listed without its content.
     */
    void keep(OpenedPackage opened, String packageId) {
        int order = 0;
        for (OpenedPackage.DocEntry doc : opened.docEntries()) {
            byte[] content;
            try {
                content = doc.size() > ImportBounds.RECEIVED_DOCUMENT_BYTES ? null : opened.doc(doc);
            } catch (IOException e) {
                throw new AppException(e, "exchange.error.truncated");
            }
            String name = VietnameseText.nfc(doc.name());
            repository.insert(packageId, name, order++, format(name), doc.size(), doc.sha256(), content);
        }
    }

    /** In the package's order; empty for a package received before V26 or one that carried none. */
    List<ReceivedDocument> of(String packageId) {
        return repository.of(packageId);
    }

    /** The document's kept content; refuses one not kept. */
    byte[] content(String packageId, String name) {
        return repository.content(packageId, name).orElseThrow(() -> new AppException("exchange.documents.error.notKept", name));
    }

    /**
     * The name a document gets on this computer's disk: the sender chose it, so it is made safe for any file
     * system (no diacritics, no separators, never hidden or a parent folder) and keeps its extension.
     */
    static String fileName(String name) {
        String safe = VietnameseText.fileSafe(name);
        return safe.isEmpty() || safe.startsWith(".") ? "van-ban" + safe : safe;
    }

    private static String format(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
