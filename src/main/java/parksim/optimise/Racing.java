package parksim.optimise;

/** Successive halving: each round runs the survivors on more common seeds and keeps the better half, until one is left. */
public final class Racing {
    private Racing() {}

    /** The rounds that halve {@code finalists} candidates down to one. */
    public static int rounds(int finalists) {
        int r = 0;
        for (int left = finalists; left > 1; left = (left + 1) / 2) r++;
        return Math.max(r, 1);
    }

    /** How many of {@code n} survive a round. */
    public static int survivors(int n) {
        return Math.max(1, (n + 1) / 2);
    }
}
