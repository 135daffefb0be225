package parksim.policy;

/**
 * An administration's rule for a package its budget cannot fully hold: the factor (0..1) by which
 * every budget-funded term is multiplied. A per-firm cap scales the package down to the cap first;
 * then {@code scale} shrinks it to what is left, while {@code allOrNothing} withdraws it whole.
 */
public final class Rationing {
    private Rationing() {}

    /**
     * @param costCny      expected cost of the full package to the budget
     * @param availableCny money neither spent nor promised
     * @param capCny       the per-firm cap (infinity for none)
     */
    public static double factor(OfferRule rule, double costCny, double availableCny, double capCny) {
        if (costCny <= 0) return 1;
        double capped = Math.min(1, capCny / costCny);
        if (costCny * capped <= availableCny + 1e-6) return capped;
        return rule == OfferRule.SCALE ? Math.max(0, availableCny / costCny) : 0;
    }
}
