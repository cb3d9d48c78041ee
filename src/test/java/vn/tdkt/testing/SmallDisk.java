package vn.tdkt.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A folder on a size-limited tmpfs, for real "disk full" faults. Only root can mount one; elsewhere
 * {@link #mount} returns empty and the caller falls back to an injected failure.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path folder;

    private SmallDisk(Path folder) {
        this.folder = folder;
    }

    public static Optional<SmallDisk> mount(Path folder, int kilobytes) {
        try {
            Files.createDirectories(folder);
            Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", folder.toString())
                    .redirectErrorStream(true).start();
            mount.getInputStream().readAllBytes();
            return mount.waitFor(20, TimeUnit.SECONDS) && mount.exitValue() == 0 ? Optional.of(new SmallDisk(folder)) : Optional.empty();
        } catch (IOException | InterruptedException e) {
            return Optional.empty();
        }
    }

    public Path folder() {
        return folder;
    }

    /** Fills the disk up to about {@code leaveBytes} of free space. */
    public void fillLeaving(long leaveBytes) throws IOException {
        long free = Files.getFileStore(folder).getUsableSpace();
        if (free > leaveBytes) {
            byte[] block = new byte[(int) Math.min(free - leaveBytes, 64L << 20)];
            Files.write(folder.resolve("filler.bin"), block);
        }
    }

    /** Makes the mounted folder read-only, as a write-protected USB stick or share would be. */
    public void remountReadOnly() {
        try {
            Process remount = new ProcessBuilder("mount", "-o", "remount,ro", folder.toString()).redirectErrorStream(true).start();
            remount.getInputStream().readAllBytes();
            remount.waitFor(20, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        Process umount = new ProcessBuilder("umount", "-l", folder.toString()).redirectErrorStream(true).start();
        umount.getInputStream().readAllBytes();
        umount.waitFor(20, TimeUnit.SECONDS);
    }
}
