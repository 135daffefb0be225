package parksim.results;

/** One simulation run in the result files: its id, replicate number and seed. */
public record RunKey(String id, long replicate, long seed) {}
