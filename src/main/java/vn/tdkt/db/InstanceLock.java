package vn.tdkt.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import vn.tdkt.core.AppException;

/**
 * One running instance per data folder: an OS file lock on a lock file, released by the OS even
 * when the process dies. The lock file also names the owner's process id for the message.
 */
public final class InstanceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static InstanceLock acquire(DataFolder folder) {
        Path file = folder.lockFile();
        FileChannel channel = null;
        try {
            Files.createDirectories(folder.root());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new AppException("error.instance.running", folder.root());
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
            return new InstanceLock(channel, lock);
        } catch (IOException io) {
            closeQuietly(channel);
            throw new AppException(io, "error.folder.unusable", folder.root(), io.getMessage());
        }
    }

    /**
     * Asks the instance that holds the folder to come to the front: it watches this file.
     * Best effort; the second start says why it stops either way.
     */
    public static void askRunningInstanceToShow(DataFolder folder) {
        try {
            Files.writeString(activationFile(folder), Long.toString(System.currentTimeMillis()), StandardCharsets.US_ASCII);
        } catch (IOException ignored) {
            // Nothing to bring forward if the folder cannot be written; the message still says it is in use.
        }
    }

    public static Path activationFile(DataFolder folder) {
        return folder.root().resolve(".activate");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Already failing; the lock was never held.
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // The OS drops the lock with the process anyway.
        }
    }
}
