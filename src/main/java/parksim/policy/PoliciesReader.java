package parksim.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code policies} object: each field names an instrument of the catalog the loader passed
 * (as the context attribute {@code InstrumentCatalog.class}; else the installed one) and is read into
 * its record with the same strict settings as the rest of the file; null leaves the instrument out.
 * Errors keep their JSON path ({@code parks[0].policies.rentSubsidy.share}).
 */
final class PoliciesReader extends StdDeserializer<Policies> {
    private static final long serialVersionUID = 1L;

    PoliciesReader() { super(Policies.class); }

    @Override
    public Policies deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode tree = ctxt.readTree(p);
        if (!tree.isObject()) throw MismatchedInputException.from(p, Policies.class, "expected an object of instruments");
        InstrumentCatalog catalog = ctxt.getAttribute(InstrumentCatalog.class) instanceof InstrumentCatalog c ? c : InstrumentCatalog.installed();
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = tree.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            InstrumentKind kind = catalog.get(f.getKey());
            if (kind == null) {
                List<Object> known = new ArrayList<>(catalog.ids());
                throw UnrecognizedPropertyException.from(p, Policies.class, f.getKey(), known);
            }
            if (f.getValue().isNull()) continue;
            try {
                instruments.put(f.getKey(), ctxt.readTreeAsValue(f.getValue(), kind.type()));
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, Policies.class, f.getKey());
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.wrapWithPath(JsonMappingException.from(p, e.getMessage(), e), Policies.class, f.getKey());
            }
        }
        return new Policies(catalog, instruments);
    }
}
