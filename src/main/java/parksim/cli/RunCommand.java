package parksim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import parksim.calibrate.Posterior;
import parksim.core.FieldException;
import parksim.core.Require;
import parksim.core.Version;
import parksim.experiment.RunResult;
import parksim.experiment.RunSpec;
import parksim.experiment.SimulationRunner;
import parksim.observe.FirmTable;
import parksim.observe.SummaryTable;
import parksim.observe.TimeseriesTable;
import parksim.results.CsvOutput;
import parksim.report.Headline;
import parksim.results.Progress;
import parksim.results.OutputTarget;
import parksim.results.ResultDirectory;
import parksim.scenario.LoadedScenario;
import parksim.scenario.Scenario;
import parksim.scenario.ScenarioLoader;
import parksim.scenario.StrictJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parksim run}: runs a scenario headless, R replications, into result CSVs. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a scenario headless, R times, into a folder of result files.",
                "It writes timeseries.csv, summary.csv, firms.csv and run.json, and prints each park's headline figures."})
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario file (JSON)")
    Path file;

    @Option(names = "--seed", paramLabel = "N", description = "seed of the first replicate (default: the scenario's); replicate r uses N + r")
    Long seed;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "1", description = "number of replications (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--months", paramLabel = "M", description = "months to simulate (default: the scenario's)")
    Integer months;

    @Option(names = "--out", paramLabel = "DIR", description = "result folder (default: a new folder under results/ named after the scenario)")
    Path out;

    @Mixin
    ForceOption forceOption;

    @Mixin
    ProgressOption progressOption;

    @Mixin
    PosteriorOption posteriorOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (replications < 1) return usage(err, "--replications must be at least 1, was " + replications);
        if (months != null && months < 1) return usage(err, "--months must be at least 1, was " + months);
        FileKind.require(file, "scenario");
        LoadedScenario loaded = ScenarioLoader.load(file);
        try {
            Require.seed(seed != null ? seed : loaded.scenario().seed(), replications, "seed");
        } catch (FieldException e) {
            return usage(err, (seed != null ? "--seed" : file + ": seed") + ": expected " + e.expected() + ", found " + e.found());
        }
        Scenario scenario = loaded.scenario().with(months, seed);
        Posterior posterior = posteriorOption.load();
        Path target = out != null ? out : ResultDirectory.fresh(Path.of("results"), scenario.name());
        boolean replace = OutputTarget.check(target, forceOption.force, List.of(file));

        announce(spec.commandLine().getOut(), scenario, posterior, target);
        SummaryTable summary = new SummaryTable(scenario);
        Headline headline = new Headline();
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        try (ResultDirectory dir = ResultDirectory.create(target, replace);
             Progress progress = progressOption.bar("parksim run " + scenario.name(), (long) replications * scenario.months(), " months")) {
            ArrayNode runs = writeRuns(dir, scenario, posterior, summary, headline, progress);
            writeRunJson(dir.file("run.json"), loaded, scenario, runs, started, (System.nanoTime() - t0) / 1_000_000);
            dir.commit();
        } catch (UncheckedIOException e) {
            return WriteFailure.report(err, target, e, false);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "done in %.1f s: %s holds timeseries.csv, summary.csv, firms.csv and run.json%n",
                (System.nanoTime() - t0) / 1e9, target);
        headline.print(o, scenario.end().toString());
        return ParkSimCommand.OK;
    }

    /** Runs every replicate, writing its rows to the folder's CSV files as they come; returns run.json's list of runs. */
    private ArrayNode writeRuns(ResultDirectory dir, Scenario scenario, Posterior posterior, SummaryTable summary, Headline headline,
                                Progress progress) {
        ArrayNode runs = StrictJson.mapper().createArrayNode();
        try (CsvOutput timeseries = new CsvOutput(dir.file("timeseries.csv"), TimeseriesTable.HEADER);
             CsvOutput summaries = new CsvOutput(dir.file("summary.csv"), summary.header());
             CsvOutput firms = new CsvOutput(dir.file("firms.csv"), FirmTable.HEADER)) {
            for (int r = 0; r < replications; r++) {
                long runSeed = RunSpec.seedFor(scenario.seed(), r);
                RunSpec run = new RunSpec(PosteriorOption.draws(posterior).apply(scenario, runSeed), "base", r, runSeed);
                long offset = (long) r * scenario.months();
                RunResult result = SimulationRunner.run(run, summary,
                        row -> timeseries.row(TimeseriesTable.row(run.identity(), row)),
                        done -> progress.stepTo(offset + done));
                result.summaryRows().forEach(summaries::row);
                result.firms().each(firms::row);
                headline.add(result.lastMonths(), result.targets());
                headline.addBudgets(summary.header(), result.summaryRows());
                ObjectNode entry = runs.addObject();
                entry.put("run_id", result.identity().runId());
                entry.put("replicate", r);
                entry.put("seed", run.seed());
                entry.put("wall_ms", result.wallMillis());
                entry.put("firm_months", result.firmMonths());
                if (posterior != null) recordDraw(entry, posterior, runSeed);
            }
        }
        return runs;
    }

    /** Names the runs and the folder they go to before the first month is simulated. */
    private void announce(PrintWriter o, Scenario scenario, Posterior posterior, Path target) {
        o.printf(Locale.ROOT, "%s: %d %s of %d months (%s to %s), seed %d%s -> %s%n", scenario.name(), replications,
                replications == 1 ? "run" : "runs", scenario.months(), scenario.start(), scenario.end(), scenario.seed(),
                replications > 1 ? ".." + (scenario.seed() + replications - 1) : "", target);
        PosteriorOption.describe(o, posterior, scenario);
        o.flush();
    }

    /** The posterior draw a replicate ran with: its row (1-based) and each parameter's value. */
    private static void recordDraw(ObjectNode entry, Posterior posterior, long seed) {
        int index = posterior.indexFor(seed);
        entry.put("posterior_draw", index + 1);
        ObjectNode values = entry.putObject("posterior_parameters");
        double[] draw = posterior.draw(index);
        for (int i = 0; i < draw.length; i++) values.put(posterior.parameters().get(i).name(), draw[i]);
    }

    private int usage(PrintWriter err, String message) {
        err.println("parksim: " + message);
        return ParkSimCommand.BAD_INPUT;
    }

    private void writeRunJson(Path path, LoadedScenario loaded, Scenario scenario, ArrayNode runs, Instant started, long wallMs) {
        ObjectNode root = StrictJson.mapper().createObjectNode();
        root.put("program", "parksim");
        root.put("version", Version.get());
        root.put("scenario_file", file.toString());
        ObjectNode overrides = root.putObject("overrides");
        if (seed != null) overrides.put("seed", seed);
        if (months != null) overrides.put("months", months);
        if (posteriorOption.file != null) overrides.put("posterior", posteriorOption.file.toString());
        overrides.put("replications", replications);
        root.put("started", started.toString());
        root.put("wall_ms", wallMs);
        root.put("java", System.getProperty("java.version"));
        root.set("runs", runs);
        root.set("scenario", StrictJson.mapper().valueToTree(scenario));
        root.set("provenance", StrictJson.mapper().valueToTree(loaded.provenance()));
        root.put("reproduce", "java -jar target/parksim.jar run " + file + " --seed " + scenario.seed()
                + " --months " + scenario.months() + " --replications " + replications
                + (posteriorOption.file != null ? " --posterior " + posteriorOption.file
                        + (posteriorOption.params != null ? " --posterior-params " + posteriorOption.params : "") : ""));
        try {
            StrictJson.mapper().writeValue(path.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
