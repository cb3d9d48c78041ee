package vn.tdkt.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one way the app writes a file: into a temporary file in the same folder, flushed and
 * synced to disk, then moved over the target in one step. On any failure the temporary file
 * is removed and the old file, if any, is left as it was. A process killed half-way leaves its
 * hidden temporary file behind; the next write into that folder removes it once it is stale.
 */
public final class SafeFiles {
    /** ".<target name>.<digits>.tmp", as {@link Files#createTempFile} names ours, with SQLite's companions of a staged database. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.\\d+\\.tmp(-wal|-shm|-journal)?");
    /** Older than this, a temporary file of ours belongs to a write that died: no write runs for an hour. */
    public static final Duration STALE_AFTER = Duration.ofHours(1);

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
            removeStaleTemporaries(folder, STALE_AFTER);
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
            syncFolder(folder);
        } catch (IOException io) {
            throw failure(io, absolute);
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

    /** One clear sentence naming the file: the disk is full, read-only, not ours to write, or the OS's reason. */
    public static AppException failure(IOException io, Path file) {
        String fault = StorageFaults.messageKey(io).orElse("");
        return switch (fault) {
            case "error.storage.full" -> new AppException(io, "error.file.full", file);
            case "error.storage.readOnly" -> new AppException(io, "error.file.readOnly", file);
            case "error.storage.denied" -> new AppException(io, "error.file.denied", file);
            default -> new AppException(io, "error.file.write", file,
                    io instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(io.getMessage()));
        };
    }

    /**
     * Removes our own temporary files older than {@code age} from a folder (a killed write leaves them);
     * returns what it removed. Other hidden files are left alone.
     */
    public static List<Path> removeStaleTemporaries(Path folder, Duration age) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return removed;
        }
        Instant before = Instant.now().minus(age);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (TEMPORARY.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file)
                        && !Files.getLastModifiedTime(file).toInstant().isAfter(before) && Files.deleteIfExists(file)) {
                    removed.add(file);
                }
            }
        } catch (IOException | UncheckedIOException ignored) {
            // A leftover we cannot list or remove costs space, not data; the write itself goes on.
        }
        return removed;
    }

    public static void writeBytes(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    public static void writeString(Path target, String text) {
        writeBytes(target, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Makes the rename itself durable: a power cut after it must not bring the old name back. */
    public static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notOnThisSystem) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
