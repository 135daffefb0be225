package parksim.results;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Staging folders left by a result writer that was killed: named {@code .<target>.partial-<host>-<pid>-<random>},
 * they are removed the next time results are written beside them, once their writer (a process on this host)
 * is gone. Those of other hosts (a shared file system) are left alone: their writer may still be running.
 */
final class StaleStaging {
    private static final String OWNER = host() + "-" + ProcessHandle.current().pid();

    private StaleStaging() {}

    /** This process, as staging folder names carry it. */
    static String owner() { return OWNER; }

    static void remove(Path parent, String prefix) throws IOException {
        String host = host() + "-";
        try (DirectoryStream<Path> found = Files.newDirectoryStream(parent, glob(prefix) + "*")) {
            for (Path p : found) {
                String rest = p.getFileName().toString().substring(prefix.length());
                if (!rest.startsWith(host)) continue;
                String[] pidAndRandom = rest.substring(host.length()).split("-");
                if (pidAndRandom.length != 2 || !pidAndRandom[0].matches("\\d{1,18}")) continue;
                long pid = Long.parseLong(pidAndRandom[0]);
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                ResultDirectory.deleteTree(p);
            }
        }
    }

    private static String glob(String literal) {
        return literal.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    private static String host() {
        return FolderLock.host().replace("-", "_");
    }
}
