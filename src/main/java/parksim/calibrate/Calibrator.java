package parksim.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import parksim.results.CsvInput;
import parksim.results.CsvOutput;
import parksim.results.FolderLock;
import parksim.results.Progress;
import parksim.scenario.StrictJson;

/**
 * Fits the free parameters with CMA-ES (commons-math3) in the unit cube of their bounds.
 *
 * <p>Every evaluation is appended to {@code evaluations.csv} (values and objective written exactly) and the
 * best point so far is rewritten to {@code fitted-parameters.json} whenever it improves, so a stopped
 * calibration loses nothing. Run again on the same folder, it resumes the optimiser's state, not only its
 * best point: commons-math's CMAESOptimizer does not expose its state, so the optimiser is started afresh
 * with the same random stream and the log is replayed — each logged point is checked against the point the
 * optimiser asks for and answered with its logged objective instead of being simulated again. As the
 * objective is deterministic (the same seeds at every evaluation), a killed and resumed calibration makes
 * the same evaluations, and ends at the same point, as an uninterrupted one.
 */
public final class Calibrator {
    public static final String STATE = "calibration.json";
    public static final String EVALUATIONS = "evaluations.csv";
    public static final String FITTED = "fitted-parameters.json";
    private static final double SIGMA = 0.3;

    /**
     * What a calibration found.
     *
     * @param best        the best evaluation
     * @param start       the evaluation at the starting point, to compare the fit with
     * @param evaluations evaluations in all, including those of earlier sessions
     * @param resumedFrom evaluations replayed from an earlier session's log
     * @param stop        why the optimiser stopped
     * @param stepSize    the final step size, in units of the parameters' ranges
     * @param generations the optimiser's generations
     */
    public record Result(Evaluation best, Evaluation start, int evaluations, int resumedFrom, Convergence.Stop stop,
                         double stepSize, int generations) {}

    private record Logged(double[] values, double objective) {}

    private final CalibrationProblem problem;
    private final Path out;
    private final String fingerprint;
    private List<Logged> log = List.of();
    private Progress progress;
    private int maxEvaluations;
    private int calls;
    private double[] bestValues;
    private double bestObjective = Double.POSITIVE_INFINITY;
    private Evaluation best;
    private Evaluation first;

    public Calibrator(CalibrationProblem problem, Path out, String targetsText, String paramsText) {
        this.problem = problem;
        this.out = out;
        this.fingerprint = fingerprint(targetsText, paramsText, problem);
    }

    /**
     * Checks the folder without changing it, so that a refusal leaves an earlier calibration as it was: a new or empty
     * folder, or one of a calibration of the same targets, parameters, replications and seed whose {@code evaluations.csv}
     * has the header of these parameters and on each line the evaluation's number (1, 2, ...), a finite objective and a
     * finite value of each parameter within its bounds. A last line cut short (a killed session) is allowed: resuming cuts it.
     */
    public void check() {
        if (Files.exists(out) && !Files.isDirectory(out)) throw new InputException(out.toString(), "--out", "a folder for the results", "a file");
        if (!Files.isDirectory(out)) return;
        try {
            if (!Files.exists(out.resolve(STATE))) {
                checkNoOtherFiles();
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path state = out.resolve(STATE);
        JsonNode old = StrictJson.readTree(state);
        if (!old.path("fingerprint").asText().equals(fingerprint)) {
            throw new InputException(state.toString(), "fingerprint", "a calibration of the same targets, parameters, replications and seed ("
                    + fingerprint + ")", "another calibration (" + old.path("fingerprint").asText() + "); use another --out folder");
        }
        readLog(out.resolve(EVALUATIONS), true);
    }

    /** The logged evaluations, every cell checked; with {@code tornAllowed} a last line without its line break is skipped. */
    private List<Logged> readLog(Path logFile, boolean tornAllowed) {
        if (!Files.isRegularFile(logFile)) throw new InputException(logFile.toString(), "no such file (the calibration's log of evaluations)");
        List<FreeParameter> params = problem.parameters();
        List<String> header = new ArrayList<>(List.of("evaluation", "objective"));
        params.forEach(p -> header.add(p.name()));
        List<Logged> logged = new ArrayList<>();
        try (CsvInput in = CsvInput.open(logFile)) {
            if (!in.header().equals(header)) throw new InputException(logFile.toString(), "line 1 (header)", header.toString(), in.header().toString());
            java.util.Iterator<CsvInput.Row> rows = in.iterator();
            while (rows.hasNext()) {
                CsvInput.Row r;
                try {
                    r = rows.next();
                } catch (InputException e) {
                    if (tornAllowed && !in.endsWithLineBreak() && !rows.hasNext()) break; // resuming cuts a killed session's last line
                    throw e;
                }
                if (r.whole(0) != logged.size() + 1) throw r.bad(0, "evaluation " + (logged.size() + 1), r.found(r.raw(0)));
                double objective = r.number(1);
                double[] values = new double[params.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = r.number(2 + i);
                    FreeParameter p = params.get(i);
                    double slack = 1e-9 * (p.max() - p.min()); // min + 1 x (max - min) may round past max
                    if (values[i] < p.min() - slack || values[i] > p.max() + slack) {
                        throw r.bad(2 + i, "a value within the parameter's bounds [" + Fmt.number(p.min()) + ", " + Fmt.number(p.max()) + "]", Fmt.number(values[i]));
                    }
                }
                logged.add(new Logged(values, objective));
            }
        }
        return logged;
    }

    /** Runs the calibration, holding the folder's lock: a second process on the same folder is refused. */
    public Result run(int maxEvaluations, Progress progress) {
        check(); // before the lock file is made, so that a refused folder is left as it was
        try (FolderLock lock = FolderLock.acquire(out, "calibrate")) {
            return runLocked(maxEvaluations, progress);
        }
    }

    private Result runLocked(int maxEvaluations, Progress progress) {
        this.maxEvaluations = maxEvaluations;
        this.progress = progress;
        List<FreeParameter> params = problem.parameters();
        double[] start = params.stream().mapToDouble(FreeParameter::initial).toArray();
        boolean resuming = Files.exists(out.resolve(STATE));
        log = resume();
        if (!resuming) writeState(false); // an earlier calibration's state changes only when a new evaluation is made
        int n = params.size();
        double[] guess = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] sigma = new double[n];
        for (int i = 0; i < n; i++) {
            guess[i] = params.get(i).toUnit(start[i]);
            hi[i] = 1;
            sigma[i] = SIGMA;
        }
        int lambda = 4 + (int) Math.floor(3 * Math.log(n));
        Convergence convergence = new Convergence(n, lambda);
        // The optimiser's own randomness comes from MASON's generator seeded by the calibration seed alone, so a replay repeats it.
        CMAESOptimizer cmaes = new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0, new MasonRandom(problem.seed()), true, convergence);
        convergence.attach(cmaes);
        Convergence.Stop stop;
        try {
            cmaes.optimize(new MaxEval(maxEvaluations), GoalType.MINIMIZE, new InitialGuess(guess), new SimpleBounds(lo, hi),
                    new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(lambda),
                    new ObjectiveFunction(u -> objective(toValues(u))));
            // commons-math's CMA-ES catches its own evaluation limit inside a generation and returns normally.
            stop = convergence.stop() != null ? convergence.stop()
                    : calls >= maxEvaluations ? Convergence.Stop.EVALUATION_LIMIT : Convergence.Stop.OPTIMISER;
        } catch (TooManyEvaluationsException e) {
            stop = Convergence.Stop.EVALUATION_LIMIT;
        }
        if (best == null) best = problem.evaluate(bestValues != null ? bestValues : start);
        Evaluation startEvaluation = first != null && Arrays.equals(first.values(), start) ? first : problem.evaluate(start);
        writeState(true);
        writeFitted(true, stop);
        return new Result(best, startEvaluation, calls, Math.min(log.size(), calls), stop, convergence.stepSize(),
                cmaes.getIterations());
    }

    private double[] toValues(double[] unit) {
        double[] v = new double[unit.length];
        for (int i = 0; i < unit.length; i++) v[i] = problem.parameters().get(i).fromUnit(unit[i]);
        return v;
    }

    /** The objective at a point: replayed from the log while it lasts, then simulated and logged. */
    private double objective(double[] values) {
        int index = calls++;
        if (index < log.size()) {
            Logged l = log.get(index);
            if (!Arrays.equals(l.values(), values)) {
                throw new InputException(out.resolve(EVALUATIONS).toString(), "line " + (index + 2),
                        "the point the optimiser replays, " + Arrays.toString(values), Arrays.toString(l.values())
                        + " (the log was edited, or written by another version); use another --out folder");
            }
            note(values, l.objective(), null);
            return l.objective();
        }
        Evaluation e = problem.evaluate(values);
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(calls));
        row.add(Double.toString(e.objective()));
        for (double v : values) row.add(Double.toString(v));
        append(CsvOutput.line(row));
        if (index == 0) first = e;
        if (note(values, e.objective(), e)) writeFitted(false, null);
        writeState(false);
        return e.objective();
    }

    private boolean note(double[] values, double objective, Evaluation e) {
        if (progress != null) progress.stepTo(calls, "best " + Fmt.number(Math.min(bestObjective, objective)));
        if (objective >= bestObjective) return false;
        bestObjective = objective;
        bestValues = values.clone();
        best = e;
        return e != null;
    }

    /** Reads the evaluations of an earlier session on this folder, if it calibrated the same thing. */
    private List<Logged> resume() {
        try {
            Files.createDirectories(out);
            Path state = out.resolve(STATE);
            Path logFile = out.resolve(EVALUATIONS);
            if (!Files.exists(state)) {
                checkNoOtherFiles();
                List<String> header = new ArrayList<>(List.of("evaluation", "objective"));
                problem.parameters().forEach(p -> header.add(p.name()));
                Files.writeString(logFile, CsvOutput.line(header), StandardCharsets.UTF_8);
                return List.of();
            }
            check();
            parksim.experiment.SweepRepair.cutTornLine(logFile);
            List<Logged> logged = readLog(logFile, false);
            return logged;
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
        root.put("evaluations", calls);
        if (bestValues != null) root.put("best_objective", bestObjective);
        writeAtomically(out.resolve(STATE), root);
    }

    private void writeFitted(boolean finalResult, Convergence.Stop stop) {
        ObjectNode root = StrictJson.mapper().createObjectNode();
        root.put("final", finalResult);
        if (stop != null) {
            root.put("converged", stop.converged());
            root.put("stop", stop.text());
        }
        root.put("objective", best.objective());
        root.put("evaluations", calls);
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
