package parksim.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A result that could not be written (a full disk, a folder removed meanwhile): one line on stderr and exit
 * code 1. A staged result is deleted by then, so nothing that looks like a result is left behind; a sweep or
 * calibration folder keeps what it had finished and resumes.
 */
final class WriteFailure {
    private WriteFailure() {}

    static int report(PrintWriter err, Path target, UncheckedIOException e, boolean resumable) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        err.println("parksim: cannot write the results to " + target + ": " + what + (resumable
                ? "; what was finished is kept: make room, then run the same command again to resume"
                : "; nothing was written there"));
        return ParkSimCommand.FAILED;
    }
}
