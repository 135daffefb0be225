package parksim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A variant's "set" block in words an analyst reads: "rentSubsidy share 0.8", "budget ¥100M", "taxRebate: removed". */
final class Levers {
    private Levers() {}

    static List<String> of(JsonNode set) {
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = set.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            add(out, readable(e.getKey()), e.getValue());
        }
        return out;
    }

    private static void add(List<String> out, String name, JsonNode value) {
        if (value.isNull()) {
            out.add(name + ": removed");
        } else if (value.isObject() && value.has("value") && value.size() <= 3 && !value.get("value").isObject()) {
            add(out, name, value.get("value"));
        } else if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                add(out, name + " " + e.getKey(), e.getValue());
            }
        } else if (value.isNumber()) {
            out.add(name + " " + number(name, value.asDouble()));
        } else {
            out.add(name + " " + value.asText());
        }
    }

    /** "parks[yanji].policies.rentSubsidy.share" → "rentSubsidy share" (the park is said once, in the heading). */
    static String readable(String path) {
        return path.replaceFirst("^parks\\[[^]]*]\\.", "").replaceFirst("^policies\\.", "").replace('.', ' ');
    }

    /** Sums of money (budgets, capacities, caps) in ¥M, money per m² or employee in ¥; other numbers as they are. */
    private static String number(String name, double v) {
        return switch (AnalystUnits.money(name)) {
            case TOTAL -> Display.money(v);
            case PER_UNIT -> AnalystUnits.input(name, v);
            case NONE -> Display.num(v);
        };
    }
}
