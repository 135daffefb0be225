package parksim.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --threads N}, shared by the commands that run simulations in parallel. */
final class ThreadsOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private int threads;

    @Option(names = "--threads", paramLabel = "N", description = "parallel runs (default: all cores)")
    void setThreads(int value) {
        if (value < 1) throw new ParameterException(mixee.commandLine(), "--threads must be at least 1, was " + value);
        threads = value;
    }

    /** The number of threads to use: as given, or one per core. */
    int poolSize() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
