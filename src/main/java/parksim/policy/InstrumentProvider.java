package parksim.policy;

/**
 * Adds an instrument to parksim from outside its sources: a class with a public no-argument
 * constructor, named in {@code META-INF/services/parksim.policy.InstrumentProvider} of a jar (or
 * folder) on the class path. {@link InstrumentCatalog#installed()} finds it with
 * {@link java.util.ServiceLoader}. One provider per instrument.
 */
public interface InstrumentProvider {
    /** The instrument's kind: its id, record, spend column, funding and levers. */
    InstrumentKind kind();
}
