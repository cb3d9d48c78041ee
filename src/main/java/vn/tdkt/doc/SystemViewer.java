package vn.tdkt.doc;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import vn.tdkt.core.AppException;
import vn.tdkt.core.SafeFiles;

/**
 * The one way the app hands a document to the system's Word, Excel or PDF reader: written to a file of its own
 * through SafeFiles (the reader may keep it open), then opened. Call it off the FX thread: the desktop call can block.
 */
public final class SystemViewer {
    private SystemViewer() {
    }

    /** Writes {@code content} to {@code file} and opens it; a computer without a desktop to open it says so. */
    public static void open(byte[] content, Path file) {
        SafeFiles.writeBytes(file, content);
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new AppException("doc.open.unsupported", file);
        }
        try {
            Desktop.getDesktop().open(file.toFile());
        } catch (IOException e) {
            throw new AppException(e, "doc.open.failed", file, e.getMessage());
        }
    }
}
