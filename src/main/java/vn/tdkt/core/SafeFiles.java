package vn.tdkt.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one way the app writes a file: into a temporary file in the same folder, flushed and
 * synced to disk, then moved over the target in one step. On any failure the temporary file
 * is removed and the old file, if any, is left as it was.
 */
public final class SafeFiles {
    private SafeFiles() {
    }

    /** Writes the content of a stream. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Produces the content as a file at the given (temporary) path, for tools that write files themselves. */
    @FunctionalInterface
    public interface FileProducer {
        void produce(Path temporary) throws IOException;
    }

    public static void write(Path target, Writer writer) {
        writeFile(target, temporary -> {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                writer.write(out);
                out.flush();
                channel.force(true);
            }
        });
    }

    /**
     * Lets a producer fill a temporary file beside the target (it may replace it), syncs it and moves
     * it into place. The temporary file does not exist when the producer starts.
     */
    public static void writeFile(Path target, FileProducer producer) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
            Files.delete(temp);
            producer.produce(temp);
            if (!Files.exists(temp)) {
                throw new IOException("nothing was written");
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            move(temp, absolute);
            temp = null;
        } catch (AccessDeniedException denied) {
            throw new AppException(denied, "error.file.denied", absolute);
        } catch (FileSystemException fs) {
            throw new AppException(fs, "error.file.write", absolute, fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason());
        } catch (IOException io) {
            throw new AppException(io, "error.file.write", absolute, io.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temporary file is hidden and harmless; the original error matters more.
                }
            }
        }
    }

    public static void writeBytes(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    public static void writeString(Path target, String text) {
        writeBytes(target, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
