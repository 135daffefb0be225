package parksim.scenario;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parksim.core.FieldException;
import parksim.core.InputException;

/**
 * A scenario path ({@code parks[yanji].policies.rentSubsidy.share}, {@code model.choice.agglomeration}),
 * its syntax checked once when it is made, with what it addresses read off: the park it is under,
 * and for a policy path the instrument and the instrument's field. Code that needs a path builds one
 * with {@link #policy} or {@link #park} rather than concatenating text, and code that reads one asks
 * {@link #instrument()} rather than searching the text.
 *
 * @param text the path as a scenario file or an experiment writes it
 */
public record ScenarioPath(String text) {
    private static final Pattern PARK = Pattern.compile("^parks\\[([^\\]]+)]");
    private static final Pattern POLICY = Pattern.compile("^parks\\[([^\\]]+)]\\.policies\\.([A-Za-z_][A-Za-z0-9_]*)(?:\\.(.+))?$");

    public ScenarioPath {
        ScenarioPaths.steps(text, "", "");
    }

    /** Parses {@code text}; a malformed path is an input error against {@code origin} at {@code where}. */
    public static ScenarioPath parse(String text, String origin, String where) {
        ScenarioPaths.steps(text, origin, where);
        return new ScenarioPath(text);
    }

    /** {@code text} as a path, for a record validating itself: a malformed path is a {@link FieldException} on {@code field}. */
    public static ScenarioPath of(String text, String field) {
        try {
            return new ScenarioPath(text);
        } catch (InputException e) {
            throw new FieldException(field, e.expected(), text);
        }
    }

    /** {@code parks[park].field}, e.g. the park's {@code budget}. */
    public static ScenarioPath park(String park, String field) {
        return new ScenarioPath("parks[" + park + "]." + field);
    }

    /** {@code parks[park].policies.instrument}, and {@code .field} unless {@code field} is null. */
    public static ScenarioPath policy(String park, String instrument, String field) {
        return new ScenarioPath("parks[" + park + "].policies." + instrument + (field == null ? "" : "." + field));
    }

    /** The park selector the path is under (an id or a list index), or null for a path outside the parks. */
    public String park() {
        Matcher m = PARK.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The instrument of a policy path ({@code rentSubsidy}), or null. */
    public String instrument() {
        Matcher m = POLICY.matcher(text);
        return m.matches() ? m.group(2) : null;
    }

    /** The instrument's field of a policy path ({@code share}), or null (the path is the instrument itself, or no policy). */
    public String field() {
        Matcher m = POLICY.matcher(text);
        return m.matches() ? m.group(3) : null;
    }

    /** The path of the instrument a policy path is at or under ({@code parks[yanji].policies.rentSubsidy}), or null. */
    public ScenarioPath instrumentPath() {
        String instrument = instrument();
        return instrument == null ? null : policy(park(), instrument, null);
    }

    /** The path's steps, list selectors apart: {@code [parks, [yanji], policies, rentSubsidy, share]}. */
    public List<String> steps() {
        return ScenarioPaths.steps(text, "", "");
    }

    @Override
    public String toString() { return text; }
}
