package parksim.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import parksim.core.InputException;

/**
 * One writer per result folder: an OS lock on a file in the folder, held while a sweep or calibration
 * writes there. The OS releases it when the holder ends, however it ends, so a crash never leaves a
 * folder locked. The file is never deleted (deleting a lock file lets two processes hold "the" lock);
 * it records the last holder, for the message a second writer gets.
 */
public final class FolderLock implements AutoCloseable {
    public static final String FILE = ".parksim.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code dir} (created if missing) for {@code command}, or refuses naming the process that holds it. */
    public static FolderLock acquire(Path dir, String command) {
        Path file = dir.resolve(FILE);
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new InputException(dir.toString(), "is in use by another parksim process ("
                        + (holder.isEmpty() ? "unknown" : holder) + "); wait until it ends, or stop it, then run this command again");
            }
            String me = "pid " + ProcessHandle.current().pid() + " on " + host() + ", " + command + " started " + Instant.now();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((me + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new FolderLock(channel, lock);
        } catch (IOException e) {
            close(channel);
            throw new UncheckedIOException("cannot lock " + file, e);
        }
    }

    /** Who holds the folder's lock now, or null when nobody does (the lock is only tested, not kept). */
    public static String holder(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) return null;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock != null) {
                lock.release();
                return null;
            }
            String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
            return holder.isEmpty() ? "unknown" : holder;
        } catch (IOException e) {
            return null;
        }
    }

    /** The lock, or null when another process (or this one, e.g. another thread) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** This machine's name, for messages and file names that say which process wrote something. */
    public static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "an unknown host";
        }
    }

    private static void close(FileChannel channel) {
        try {
            if (channel != null) channel.close();
        } catch (IOException ignored) {
            // closing releases the lock in any case
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        close(channel);
    }
}
