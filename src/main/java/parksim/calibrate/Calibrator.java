package parksim.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import parksim.core.Fmt;
import parksim.core.InputException;
import parksim.core.Version;
import parksim.experiment.FolderLock;
import parksim.report.CsvOutput;
import parksim.report.Progress;
import parksim.scenario.StrictJson;

/**
 * Fits the free parameters with CMA-ES (commons-math3) in the unit cube of their bounds.
 *
 * <p>Every evaluation is appended to {@code evaluations.csv} and the best point so far is rewritten to
 * {@code fitted-parameters.json} whenever it improves, so a stopped calibration loses nothing; run again
 * on the same folder, it continues from its best point with the evaluations it has left.
 */
public final class Calibrator {
    public static final String STATE = "calibration.json";
    public static final String EVALUATIONS = "evaluations.csv";
    public static final String FITTED = "fitted-parameters.json";
    private static final double SIGMA = 0.3;

    /** The best evaluation, how many evaluations there were in all, and how many of them earlier sessions made. */
    public record Result(Evaluation best, int evaluations, int resumedFrom) {}

    private final CalibrationProblem problem;
    private final Path out;
    private final String fingerprint;
    private Evaluation best;
    private int done;

    public Calibrator(CalibrationProblem problem, Path out, String targetsText, String paramsText) {
        this.problem = problem;
        this.out = out;
        this.fingerprint = fingerprint(targetsText, paramsText, problem);
    }

    /** Runs the calibration, holding the folder's lock: a second process on the same folder is refused. */
    public Result run(int maxEvaluations, Progress progress) {
        try {
            // Checked before the lock file is made, too, so that a folder of other files is left as it was.
            if (Files.isDirectory(out) && !Files.exists(out.resolve(STATE))) checkNoOtherFiles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (FolderLock lock = FolderLock.acquire(out, "calibrate")) {
            return runLocked(maxEvaluations, progress);
        }
    }

    private Result runLocked(int maxEvaluations, Progress progress) {
        List<FreeParameter> params = problem.parameters();
        double[] start = params.stream().mapToDouble(FreeParameter::initial).toArray();
        int resumedFrom = resume();
        if (best != null) start = best.values().clone();
        writeState(false);
        int remaining = maxEvaluations - done;
        if (remaining > 0) {
            double[] guess = new double[params.size()];
            double[] lo = new double[params.size()];
            double[] hi = new double[params.size()];
            double[] sigma = new double[params.size()];
            for (int i = 0; i < params.size(); i++) {
                guess[i] = params.get(i).toUnit(start[i]);
                hi[i] = 1;
                sigma[i] = SIGMA;
            }
            int lambda = 4 + (int) Math.floor(3 * Math.log(params.size()));
            // The optimiser's own randomness comes from MASON's generator, seeded by the calibration seed and progress.
            CMAESOptimizer cmaes = new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0,
                    new MasonRandom(problem.seed() + done), false, null);
            try {
                cmaes.optimize(new MaxEval(remaining), GoalType.MINIMIZE, new InitialGuess(guess), new SimpleBounds(lo, hi),
                        new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(lambda),
                        new ObjectiveFunction(u -> record(toValues(u), progress, maxEvaluations)));
            } catch (TooManyEvaluationsException e) {
                // The evaluation budget is spent: the best point so far is the answer.
            }
        }
        if (best == null) best = problem.evaluate(start);
        writeState(true);
        writeFitted(true);
        return new Result(best, done, resumedFrom);
    }

    private double[] toValues(double[] unit) {
        double[] v = new double[unit.length];
        for (int i = 0; i < unit.length; i++) v[i] = problem.parameters().get(i).fromUnit(unit[i]);
        return v;
    }

    private double record(double[] values, Progress progress, int total) {
        Evaluation e = problem.evaluate(values);
        done++;
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(done));
        row.add(Fmt.number(e.objective()));
        for (double v : values) row.add(Double.toString(v));
        append(CsvOutput.line(row));
        if (best == null || e.objective() < best.objective()) {
            best = e;
            writeFitted(false);
        }
        if (progress != null) progress.stepTo(done, "best " + Fmt.number(best.objective()));
        writeState(false);
        return e.objective();
    }

    /** Reads the evaluations of an earlier session on this folder, if it calibrated the same thing. */
    private int resume() {
        try {
            Files.createDirectories(out);
            Path state = out.resolve(STATE);
            Path log = out.resolve(EVALUATIONS);
            if (!Files.exists(state)) {
                checkNoOtherFiles();
                List<String> header = new ArrayList<>(List.of("evaluation", "objective"));
                problem.parameters().forEach(p -> header.add(p.name()));
                Files.writeString(log, CsvOutput.line(header), StandardCharsets.UTF_8);
                return 0;
            }
            JsonNode old = StrictJson.readTree(state);
            if (!old.path("fingerprint").asText().equals(fingerprint)) {
                throw new InputException(state.toString(), "fingerprint", "a calibration of the same targets, parameters, replications and seed ("
                        + fingerprint + ")", "another calibration (" + old.path("fingerprint").asText() + "); use another --out folder");
            }
            parksim.experiment.SweepRepair.cutTornLine(log);
            double bestObjective = Double.POSITIVE_INFINITY;
            double[] bestValues = null;
            try (Reader in = Files.newBufferedReader(log, StandardCharsets.UTF_8);
                 CSVParser p = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
                for (CSVRecord r : p) {
                    done++;
                    double objective = Double.parseDouble(r.get(1));
                    if (objective < bestObjective) {
                        bestObjective = objective;
                        bestValues = new double[problem.parameters().size()];
                        for (int i = 0; i < bestValues.length; i++) bestValues[i] = Double.parseDouble(r.get(2 + i));
                    }
                }
            }
            // Re-evaluate the best point: same seeds, so the same objective, and the per-target values the report needs.
            if (bestValues != null) best = problem.evaluate(bestValues);
            return done;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder without calibration.json is new: files of anything else in it are not overwritten. */
    private void checkNoOtherFiles() throws IOException {
        try (var files = Files.list(out)) {
            Path other = files.filter(f -> !f.getFileName().toString().startsWith(".") && !f.getFileName().toString().equals(EVALUATIONS))
                    .findFirst().orElse(null);
            if (other != null) {
                throw new InputException(out.toString(), "--out", "an empty or new folder, or one of an earlier calibration (with " + STATE + ")",
                        "a folder with other files in it (" + other.getFileName() + " ...); nothing was changed");
            }
        }
    }

    private void append(String line) {
        try {
            Files.writeString(out.resolve(EVALUATIONS), line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeState(boolean finished) {
        ObjectNode root = StrictJson.mapper().createObjectNode();
        root.put("program", "parksim");
        root.put("version", Version.get());
        root.put("fingerprint", fingerprint);
        root.put("targets_file", problem.targets().file().toString());
        root.put("replications", problem.replications());
        root.put("seed", problem.seed());
        root.put("finished", finished);
        root.put("evaluations", done);
        if (best != null) root.put("best_objective", best.objective());
        writeAtomically(out.resolve(STATE), root);
    }

    private void writeFitted(boolean finalResult) {
        ObjectNode root = StrictJson.mapper().createObjectNode();
        root.put("final", finalResult);
        root.put("objective", best.objective());
        root.put("evaluations", done);
        root.put("replications", problem.replications());
        root.put("seed", problem.seed());
        var list = root.putArray("parameters");
        for (int i = 0; i < problem.parameters().size(); i++) {
            FreeParameter p = problem.parameters().get(i);
            ObjectNode n = list.addObject();
            n.put("name", p.name());
            n.put("value", best.values()[i]);
            n.put("min", p.min());
            n.put("max", p.max());
            n.set("paths", StrictJson.mapper().valueToTree(p.paths()));
            if (!p.scenarios().isEmpty()) n.set("scenarios", StrictJson.mapper().valueToTree(p.scenarios()));
        }
        writeAtomically(out.resolve(FITTED), root);
    }

    static void writeAtomically(Path file, JsonNode content) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            StrictJson.mapper().writeValue(tmp.toFile(), content);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fingerprint(String targetsText, String paramsText, CalibrationProblem problem) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String s : List.of(Version.get(), targetsText, paramsText, problem.replications() + "/" + problem.seed())) {
                md.update(s.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            for (var e : problem.targets().scenarios().values()) md.update(e.tree().toString().getBytes(StandardCharsets.UTF_8));
            byte[] hash = md.digest();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) sb.append(String.format("%02x", hash[i]));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
