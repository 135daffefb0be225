package parksim.optimise;

import parksim.core.Require;

/**
 * How hard to search. CMA-ES (one objective) stops after {@code evaluations} candidates per budget; NSGA-II (a front)
 * evolves {@code population} candidates for {@code generations}. Then racing: the best {@code finalists} (CMA-ES) or the
 * candidates of the two best fronts (NSGA-II) run {@code raceReplications} more replications on further common seeds,
 * in rounds that keep the better half, before the choice is made.
 */
public record SearchSpec(Integer evaluations, Integer population, Integer generations, Integer finalists, Integer raceReplications) {
    public SearchSpec {
        if (evaluations == null) evaluations = 120;
        if (population == null) population = 16;
        if (generations == null) generations = 8;
        if (finalists == null) finalists = 8;
        if (raceReplications == null) raceReplications = 8;
        Require.count(evaluations, 2, "evaluations");
        Require.count(population, 4, "population");
        Require.count(generations, 1, "generations");
        Require.count(finalists, 1, "finalists");
        Require.count(raceReplications, 1, "raceReplications");
        if (population % 2 != 0) throw new parksim.core.FieldException("population", "an even number (NSGA-II breeds pairs)", population);
    }

    public static SearchSpec defaults() { return new SearchSpec(null, null, null, null, null); }
}
