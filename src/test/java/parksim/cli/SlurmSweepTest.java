package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.SweepFiles;

/**
 * A sweep split over a Slurm job array by {@code scripts/slurm/sweep.sh} and merged gives the files of
 * the same sweep run in one process. Needs a Slurm cluster (CI starts a one-node one with
 * {@code scripts/slurm/start-local-cluster.sh}); skipped without one unless PARKSIM_REQUIRE_SLURM=1.
 */
class SlurmSweepTest {
    @TempDir
    Path dir;

    private static boolean slurmAvailable() {
        try {
            Process p = new ProcessBuilder("sinfo", "-h").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }


    @Test
    void aJobArraySweepMergesIntoTheSameFilesAsOneProcess() throws Exception {
        boolean available = slurmAvailable();
        if (!available && "1".equals(System.getenv("PARKSIM_REQUIRE_SLURM"))) fail("PARKSIM_REQUIRE_SLURM=1 but no Slurm cluster answers sinfo");
        Assumptions.assumeTrue(available, "no Slurm cluster");

        Path experiment = dir.resolve("exp.json");
        Files.writeString(experiment, """
                {"name": "slurm", "scenario": "%s", "replications": 4, "seed": 11, "months": 18,
                 "variants": [{"name": "baseline", "set": {}}, {"name": "rich", "set": {"parks[yanji].budget": 2e8}}]}
                """.formatted(Path.of("scenarios/yanji-projection.json").toAbsolutePath()));
        Path local = dir.resolve("local");
        assertEquals(0, CliRunner.run("sweep", experiment.toString(), "--out", local.toString()).code());

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder("bash", "scripts/slurm/sweep.sh", experiment.toString(), "3", dir.resolve("cluster").toString(), "--wait")
                .redirectErrorStream(true).redirectOutput(dir.resolve("submit.log").toFile());
        pb.environment().put("PARKSIM_CMD", java + " -cp " + System.getProperty("java.class.path") + " parksim.cli.ParkSimCommand");
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the job array and merge finish");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("submit.log")));

        Path merged = dir.resolve("cluster");
        for (int k = 1; k <= 3; k++) assertTrue(Files.exists(dir.resolve("cluster-shard-" + k + "-of-3/runs.csv")), "shard " + k);
        for (String f : List.of("timeseries.csv", "summary.csv")) {
            assertEquals(Files.readString(local.resolve(f)), Files.readString(merged.resolve(f)), f);
        }
        assertEquals(SweepFiles.runsWithoutWallTime(local), SweepFiles.runsWithoutWallTime(merged));
    }
}
