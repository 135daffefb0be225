package parksim.sensitivity.discovery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parksim.core.InputException;

/**
 * A condition on a run's results, such as {@code target_Y7_met == 0} or
 * {@code occupied_m2@2030-12 / lettable_m2@2030-12 < 0.5 and tenants_open@2030-12 < 15}: comparisons
 * ({@code < <= > >= == !=}) of a value, or the ratio of two values, with a number, joined by {@code and} / {@code or}
 * and grouped with parentheses. A value is a column of {@code runs.csv} or {@code METRIC@YYYY-MM} from
 * {@code timeseries.csv} ({@code PARK:METRIC@YYYY-MM} with several parks). A comparison with a missing value is false.
 */
public final class Condition {
    private static final Pattern TOKEN = Pattern.compile("\\s*(<=|>=|==|!=|<|>|\\(|\\)|/|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?(?![A-Za-z_])|[A-Za-z_][A-Za-z0-9_:.\\[\\]*-]*(?:@\\d{4}-\\d{2})?)");

    private interface Node {
        boolean test(ToDoubleFunction<String> values);
    }

    private final String text;
    private final Node root;
    private final Set<String> names = new LinkedHashSet<>();
    private List<String> tokens;
    private int at;

    private Condition(String text) {
        this.text = text;
        this.tokens = tokenize(text);
        this.root = or();
        if (at < tokens.size()) throw bad("and, or or the end", "\"" + tokens.get(at) + "\"");
        tokens = null;
    }

    public static Condition parse(String text) {
        if (text == null || text.isBlank()) throw new InputException("--where", "", "a condition such as \"target_Y7_met == 0\"", "nothing");
        return new Condition(text);
    }

    /** The values the condition reads, e.g. {@code target_Y7_met} or {@code tenants_open@2030-12}. */
    public Set<String> names() { return Set.copyOf(names); }

    public boolean test(ToDoubleFunction<String> values) { return root.test(values); }

    @Override
    public String toString() { return text; }

    private Node or() {
        Node left = and();
        while (peek("or")) {
            at++;
            Node a = left, b = and();
            left = v -> a.test(v) || b.test(v);
        }
        return left;
    }

    private Node and() {
        Node left = comparison();
        while (peek("and")) {
            at++;
            Node a = left, b = comparison();
            left = v -> a.test(v) && b.test(v);
        }
        return left;
    }

    private Node comparison() {
        if (peek("(")) {
            at++;
            Node inner = or();
            expect(")");
            return inner;
        }
        String numerator = name();
        String denominator = null;
        if (peek("/")) {
            at++;
            denominator = name();
        }
        String op = next("a comparison < <= > >= == !=");
        if (!List.of("<", "<=", ">", ">=", "==", "!=").contains(op)) throw bad("a comparison < <= > >= == !=", "\"" + op + "\"");
        double limit = number();
        String num = numerator, den = denominator;
        return v -> {
            double x = v.applyAsDouble(num);
            if (den != null) x /= v.applyAsDouble(den);
            if (Double.isNaN(x)) return false;
            return switch (op) {
                case "<" -> x < limit;
                case "<=" -> x <= limit;
                case ">" -> x > limit;
                case ">=" -> x >= limit;
                case "==" -> x == limit;
                default -> x != limit;
            };
        };
    }

    private String name() {
        String t = next("a column name or METRIC@YYYY-MM");
        if (!Character.isLetter(t.charAt(0)) && t.charAt(0) != '_' || List.of("and", "or").contains(t)) throw bad("a column name or METRIC@YYYY-MM", "\"" + t + "\"");
        names.add(t);
        return t;
    }

    private double number() {
        String t = next("a number");
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) throw bad("a finite number", "\"" + t + "\"");
            return v;
        } catch (NumberFormatException e) {
            throw bad("a number", "\"" + t + "\"");
        }
    }

    private boolean peek(String t) { return at < tokens.size() && tokens.get(at).equals(t); }

    private void expect(String t) {
        if (!peek(t)) throw bad("\"" + t + "\"", at < tokens.size() ? "\"" + tokens.get(at) + "\"" : "the end");
        at++;
    }

    private String next(String expected) {
        if (at >= tokens.size()) throw bad(expected, "the end");
        return tokens.get(at++);
    }

    private InputException bad(String expected, String found) {
        return new InputException("--where \"" + text + "\"", "", expected, found);
    }

    private List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        int pos = 0;
        while (pos < s.length()) {
            if (s.substring(pos).isBlank()) break;
            if (!m.find(pos) || m.start() != pos) throw bad("a condition such as \"target_Y7_met == 0\"", "\"" + s.substring(pos).trim() + "\"");
            out.add(m.group(1));
            pos = m.end();
        }
        return out;
    }
}
