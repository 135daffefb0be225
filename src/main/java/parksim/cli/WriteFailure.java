package parksim.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * A result that could not be written (a full disk, a folder removed meanwhile): one line on stderr and exit
 * code 1. The staging folder is gone by then, so nothing that looks like a result is left behind.
 */
final class WriteFailure {
    private WriteFailure() {}

    static int report(PrintWriter err, UncheckedIOException e) {
        String cause = e.getCause() == null ? "" : e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage();
        String message = e.getMessage() == null || e.getMessage().equals(String.valueOf(e.getCause())) ? "" : e.getMessage() + " (";
        err.println("parksim: cannot write the results: " + message + cause + (message.isEmpty() ? "" : ")"));
        return ParkSimCommand.FAILED;
    }
}
