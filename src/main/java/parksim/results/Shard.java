package parksim.results;

/** The K-th of N disjoint slices of a sweep's runs (run i belongs to slice i mod N + 1), for job arrays. */
public record Shard(int k, int n) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (n < 1 || k < 1 || k > n) throw new IllegalArgumentException("expected K/N with 1 <= K <= N, found " + k + "/" + n);
    }

    public static Shard parse(String text) {
        String[] parts = text == null ? new String[0] : text.split("/");
        try {
            if (parts.length == 2) return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException ignored) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("expected K/N with 1 <= K <= N, found \"" + text + "\"");
    }

    public boolean includes(int runIndex) {
        return runIndex % n == k - 1;
    }

    public boolean isAll() { return n == 1; }

    @Override
    public String toString() { return k + "/" + n; }
}
