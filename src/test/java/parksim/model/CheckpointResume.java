package parksim.model;

import java.io.FileInputStream;
import java.io.InputStream;
import sim.engine.SimState;

/** Run in a fresh JVM by {@link CheckpointTest}: reads a checkpoint, runs it to the end and prints what it reached. */
public final class CheckpointResume {
    private CheckpointResume() {}

    public static void main(String[] args) throws Exception {
        try (InputStream in = new FileInputStream(args[0])) {
            ParkSimulation sim = (ParkSimulation) SimState.readFromCheckpoint(in);
            sim.runToEnd();
            System.out.println(CheckpointTest.fingerprint(sim));
        }
    }
}
