package parksim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import parksim.core.InputException;
import parksim.scenario.StrictJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parksim validate}: checks a scenario, experiment, targets or calibration-params file without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a scenario, experiment, targets or calibration-params file without running anything, "
                + "recognising which it is by its top-level fields.",
                "For a scenario or an experiment it also reports where the numbers come from; an experiment's every variant "
                + "and a targets file's every target is checked against its scenario."})
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the file (JSON)")
    Path file;

    @Option(names = "--strict", description = "also fail if a number of the scenario neither cites a figure nor states an assumption")
    boolean strict;

    @Option(names = "--targets", paramLabel = "TARGETS",
            description = "for a calibration-params file: check its paths in the scenarios of this targets file")
    Path targets;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        JsonNode root = StrictJson.readTree(file);
        FileKind kind = FileKind.of(root);
        if (kind == null) {
            List<String> fields = new java.util.ArrayList<>();
            root.fieldNames().forEachRemaining(fields::add);
            throw new InputException(file.toString(), "", "a scenario, experiment, targets or calibration-params file ("
                    + String.join("; ", FileKind.ALL.stream().map(k -> k.name() + ": " + k.signature()).toList()) + ")",
                    root.isObject() ? "the fields " + fields : "a JSON " + root.getNodeType().toString().toLowerCase());
        }
        return kind.check().check(file, new FileKind.Options(strict, targets), spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
