package parksim.cli;

import picocli.CommandLine.Option;

/** {@code --force}, shared by the commands that write a result folder with {@code --out}. */
final class ForceOption {
    @Option(names = "--force", description = "replace the results in an existing --out folder (never an input, never a folder of other files)")
    boolean force;
}
