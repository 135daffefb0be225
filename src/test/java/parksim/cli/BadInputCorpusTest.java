package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parksim.cli.Refusal.cell;
import static parksim.cli.Refusal.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input of every kind through the command line: experiments (sweep), targets (check-targets), parameter
 * files (calibrate), result CSVs (compare, merge). Each case must give exit code 2 and one line naming the file
 * and where in it (a JSON path, or a line and column), no stack trace, and no result that looks complete.
 */
class BadInputCorpusTest {
    @TempDir
    static Path shared;
    static Path experiment;

    @TempDir
    Path dir;

    /** What a case runs, and the file and place the message must name. */
    record Call(List<String> args, Path file, String where) {}

    @FunctionalInterface
    interface Setup {
        Call prepare(Path dir, Path out) throws IOException;
    }

    @BeforeAll
    static void sweepAndShards() throws IOException {
        experiment = ExperimentFiles.write(shared, "corpus", 2, 5, 6, "\"parks[yanji].budget\": 2e8");
        assertEquals(0, CliRunner.run("sweep", experiment.toString(), "--out", shared.resolve("full").toString()).code());
        for (int k = 1; k <= 2; k++) {
            assertEquals(0, CliRunner.run("sweep", experiment.toString(), "--shard", k + "/2", "--out", shared.resolve("s" + k).toString()).code());
        }
    }

    private static Path copy(String folder, Path dir) throws IOException {
        Path to = dir.resolve(folder);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(shared.resolve(folder))) {
            for (Path f : files.toList()) if (!f.getFileName().toString().startsWith(".")) Files.copy(f, to.resolve(f.getFileName()));
        }
        return to;
    }

    private static String json(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text.replace("SCENARIO", Path.of("scenarios/yanji-hindcast.json").toAbsolutePath().toString())
                .replace("PROJECTION", Path.of("scenarios/yanji-projection.json").toAbsolutePath().toString()));
        return f.toString();
    }

    private static int columnOf(Path csv, String column) throws IOException {
        return List.of(Files.readAllLines(csv).get(0).split(",", -1)).indexOf(column) + 1;
    }

    private static Setup experimentCase(String body, String where) {
        return (dir, out) -> {
            String f = json(dir, "bad-experiment.json", "{\"name\": \"x\", \"months\": 6, "
                    + (body.contains("\"seed\"") ? "" : "\"seed\": 1, ") + (body.contains("\"scenario\"") ? "" : "\"scenario\": \"PROJECTION\", ") + body + "}");
            return new Call(List.of("sweep", f, "--out", out.toString()), Path.of(f), where);
        };
    }

    private static final String TARGET = "\"id\": \"t\", \"figure\": \"Y5\", \"scenario\": \"SCENARIO\", \"park\": \"yanji\", \"metric\": \"tenants_signed_cum\", "
            + "\"date\": \"2024-12\", \"comparison\": \"equals\", \"value\": 9, \"tolerance\": 2";

    private static Setup targetsCase(String from, String to, String where) {
        return (dir, out) -> {
            String f = json(dir, "bad-targets.json", "{\"targets\": [{" + TARGET.replace(from, to) + "}]}");
            return new Call(List.of("check-targets", f, "--replications", "1", "--out", out.toString()), Path.of(f), where);
        };
    }

    private static Setup paramsCase(String parameter, String where) {
        return (dir, out) -> {
            String targets = json(dir, "targets.json", "{\"targets\": [{" + TARGET + "}]}");
            String f = json(dir, "bad-params.json", "{\"parameters\": [" + parameter + "]}");
            return new Call(List.of("calibrate", targets, "--params", f, "--replications", "1", "--evaluations", "1", "--out", out.toString(),
                    "--no-progress"), Path.of(f), where);
        };
    }

    /** compare on a copy of the sweep whose {@code file} is changed. */
    private static Setup compareCase(String file, UnaryOperator<List<String>> change, String where) {
        return (dir, out) -> {
            Path sweep = copy("full", dir);
            edit(sweep.resolve(file), change);
            return new Call(List.of("compare", sweep.toString(), "--out", out.toString()), sweep.resolve(file), where);
        };
    }

    /** merge of copies of the two shards, the second one's {@code file} changed. */
    private static Setup mergeCase(String file, UnaryOperator<List<String>> change, String where) {
        return (dir, out) -> {
            Path s1 = copy("s1", dir);
            Path s2 = copy("s2", dir);
            edit(s2.resolve(file), change);
            return new Call(List.of("merge", s1.toString(), s2.toString(), "--out", out.toString()), s2.resolve(file), where);
        };
    }

    private static Setup tornLastLine(String command, String file, String where) {
        return (dir, out) -> {
            Path folder = copy(command.equals("merge") ? "s2" : "full", dir);
            String text = Files.readString(folder.resolve(file));
            Files.writeString(folder.resolve(file), text.substring(0, text.length() - 2)); // the last cell loses a digit, the line its end
            List<String> args = command.equals("merge") ? List.of("merge", copy("s1", dir).toString(), folder.toString(), "--out", out.toString())
                    : List.of("compare", folder.toString(), "--out", out.toString());
            return new Call(args, folder.resolve(file), where);
        };
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("experiment: unknown scenario", experimentCase("\"scenario\": \"nowhere.json\", \"replications\": 1, \"variants\": [{\"name\": \"a\", \"set\": {}}]",
                        "scenario: expected a scenario file")),
                Arguments.of("experiment: 10^9 replications", experimentCase("\"replications\": 1000000000, \"variants\": [{\"name\": \"a\", \"set\": {}}]",
                        "replications: expected at most 1000000 runs")),
                Arguments.of("experiment: 2x10^9 replications, negative seed", experimentCase(
                        "\"seed\": -2000000000, \"replications\": 2000000000, \"variants\": [{\"name\": \"a\", \"set\": {}}]",
                        "replications: expected at most 1000000 runs")),
                Arguments.of("experiment: path that does not exist", experimentCase("\"replications\": 1, \"variants\": [{\"name\": \"a\", \"set\": {\"parks[x].budget\": 1}}]",
                        "variants[0].set[\"parks[x].budget\"]")),
                Arguments.of("targets: unknown scenario", targetsCase("\"scenario\": \"SCENARIO\"", "\"scenario\": \"nowhere.json\"",
                        "targets[0].scenario: expected a scenario file")),
                Arguments.of("targets: unknown metric", targetsCase("tenants_signed_cum", "happiness", "targets[0].metric")),
                Arguments.of("targets: unknown park", targetsCase("\"park\": \"yanji\"", "\"park\": \"harbin\"", "targets[0].park")),
                Arguments.of("params: bound outside the valid range", paramsCase(
                        "{\"name\": \"v\", \"paths\": [\"parks[yanji].visibility\"], \"min\": -5, \"max\": 5}", "parameters[0].min: expected a value every path")),
                Arguments.of("params: max outside the valid range", paramsCase(
                        "{\"name\": \"v\", \"paths\": [\"parks[yanji].visibility\"], \"min\": 0.1, \"max\": 5}", "parameters[0].max")),
                Arguments.of("params: unknown path", paramsCase(
                        "{\"name\": \"v\", \"paths\": [\"parks[yanji].visibilty\"], \"min\": 0.1, \"max\": 0.5}", "parameters[0].paths[0]")),
                Arguments.of("compare: text in an unused column (occupied_m2)", compareCase("timeseries.csv", cell(3, "occupied_m2", "lots"),
                        "line 3, column 24 (occupied_m2): expected a number, found \"lots\"")),
                Arguments.of("compare: text in listed", compareCase("timeseries.csv", cell(2, "listed", "n/a"), "(listed): expected a number")),
                Arguments.of("compare: text in a summary column", compareCase("summary.csv", cell(2, "employment", "x"), "line 2, column")),
                Arguments.of("compare: runs.csv wall_ms", compareCase("runs.csv", cell(2, "wall_ms", "fast"), "line 2, column 8 (wall_ms)")),
                Arguments.of("compare: runs.csv seed", compareCase("runs.csv", cell(3, "seed", "5x"), "line 3, column 5 (seed): expected a whole number")),
                Arguments.of("compare: runs.csv status", compareCase("runs.csv", cell(2, "status", "maybe"), "(status): expected ok or failed")),
                Arguments.of("compare: a last line cut short that keeps its cells", tornLastLine("compare", "timeseries.csv",
                        ": expected a last line that ends with a line break")),
                Arguments.of("merge: torn line of a killed shard", (Setup) (dir, out) -> {
                    Call c = tornLastLine("merge", "runs.csv", "").prepare(dir, out);
                    Path meta = c.file().resolveSibling("experiment.json");
                    Files.writeString(meta, Files.readString(meta).replace("\"complete\" : true", "\"complete\" : false"));
                    return new Call(c.args(), meta, "complete: expected a sweep folder whose runs have all finished");
                }),
                Arguments.of("merge: a last line cut short", tornLastLine("merge", "timeseries.csv", "expected a last line that ends with a line break")),
                Arguments.of("merge: text replicate", mergeCase("runs.csv", cell(2, "replicate", "one"), "line 2, column 4 (replicate): expected a whole number")),
                Arguments.of("merge: text seed", mergeCase("summary.csv", cell(2, "seed", "?"), "line 2, column 5 (seed)")),
                Arguments.of("merge: a seed that is not the run's", mergeCase("timeseries.csv", cell(2, "seed", "99"), "line 2, column 5 (seed): expected seed 5")),
                Arguments.of("merge: text metric", mergeCase("timeseries.csv", cell(4, "employment", "many"), "line 4, column 28 (employment): expected a number")),
                Arguments.of("merge: bad date", mergeCase("timeseries.csv", cell(2, "date", "2025-13"), "line 2, column 6 (date): expected a month")),
                Arguments.of("merge: no variant column", mergeCase("summary.csv", lines -> {
                    lines.replaceAll(l -> l.replaceFirst("^([^,]*,[^,]*),[^,]*", "$1"));
                    return lines;
                }, "line 1 (header): expected a column \"variant\"")),
                Arguments.of("merge: a duplicated row", mergeCase("timeseries.csv", lines -> {
                    lines.add(2, lines.get(1));
                    return lines;
                }, "line 3, column 1 (run_id): expected one row per run, park and month")),
                Arguments.of("merge: a truncated line", mergeCase("timeseries.csv", lines -> {
                    lines.set(2, lines.get(2).substring(0, lines.get(2).lastIndexOf(',')));
                    return lines;
                }, "line 3: expected " + parksim.observe.TimeseriesTable.HEADER.size() + " cells as in the header")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedWithFileAndPlaceAndNothingThatLooksComplete(String name, Setup setup) throws IOException {
        Path out = dir.resolve("out");
        Call call = setup.prepare(dir, out);
        CliRunner r = CliRunner.run(call.args().toArray(new String[0]));
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith("parksim: " + call.file() + ": "), r.err());
        assertTrue(r.err().contains(call.where()), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace: " + r.err());
        assertFalse(Files.exists(out.resolve("experiment.json")) && Files.readString(out.resolve("experiment.json")).contains("\"complete\" : true"),
                "no complete-looking sweep");
        assertFalse(Files.exists(out) && !name.startsWith("experiment"), "no result folder");
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".out")), "no staging folder left behind");
        }
    }
}
