package parksim.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import parksim.core.CalendarMonth;
import parksim.core.FieldException;
import parksim.core.InputException;

/**
 * Reads JSON input files strictly (no unknown fields, no numbers in quotes, no duplicate keys) and
 * turns every Jackson failure into an {@link InputException} that names the file, the JSON path,
 * what was expected and what was found.
 */
public final class StrictJson {
    private static final ObjectMapper MAPPER = createMapper();

    private StrictJson() {}

    private static ObjectMapper createMapper() {
        ObjectMapper m = new ObjectMapper();
        m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        m.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            m.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        m.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        m.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        m.enable(SerializationFeature.INDENT_OUTPUT);
        return m;
    }

    /** The shared mapper, configured for strict reading and indented, null-free writing. */
    public static ObjectMapper mapper() { return MAPPER; }

    /** Reads a JSON file into a tree; a missing file or broken JSON is an {@link InputException} with line and column. */
    public static JsonNode readTree(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file");
        } catch (IOException e) {
            throw new InputException(name, "cannot be read: " + e.getMessage());
        }
        try {
            JsonNode tree = MAPPER.readTree(bytes);
            if (tree == null || tree.isMissingNode()) throw new InputException(name, "", "a JSON object", "an empty file");
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InputException(name, where, "valid JSON", "broken JSON (" + firstLine(e.getOriginalMessage()) + ")");
        } catch (IOException e) {
            throw new InputException(name, "cannot be read: " + e.getMessage());
        }
    }

    /** Binds a tree to a record type, translating failures to {@link InputException}s against {@code file}. */
    public static <T> T bind(JsonNode tree, Class<T> type, String file) {
        return bind(tree, type, file, Map.of());
    }

    /** Binds a tree with context {@code attributes} that custom readers consult (the instrument catalog). */
    public static <T> T bind(JsonNode tree, Class<T> type, String file, Map<?, ?> attributes) {
        try {
            return MAPPER.reader().withAttributes(attributes).treeToValue(tree, type);
        } catch (JsonMappingException e) {
            throw translate(e, tree, file);
        } catch (JsonProcessingException e) {
            throw new InputException(file, "", "valid JSON", firstLine(e.getOriginalMessage()));
        } catch (FieldException e) {
            throw new InputException(file, e.field(), e.expected(), e.found());
        }
    }

    static InputException translate(JsonMappingException e, JsonNode tree, String file) {
        String path = path(e.getPath());
        Throwable cause = e.getCause();
        if (e instanceof ValueInstantiationException || cause instanceof FieldException
                || cause instanceof IllegalArgumentException) {
            if (cause instanceof FieldException fe) {
                String full = fe.field().isEmpty() ? path
                        : path.isEmpty() ? fe.field()
                        : fe.field().startsWith("[") ? path + fe.field() : path + "." + fe.field();
                return new InputException(file, full, fe.expected(), fe.found());
            }
            if (cause != null && cause.getMessage() != null && cause.getMessage().startsWith("expected ")) {
                String msg = cause.getMessage();
                int comma = msg.indexOf(", found ");
                if (comma > 0) return new InputException(file, path, msg.substring(9, comma), msg.substring(comma + 8));
            }
        }
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            String expected = known == null ? "a known field"
                    : "one of the fields " + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return new InputException(file, path, expected, "unknown field \"" + u.getPropertyName() + "\"");
        }
        if (e instanceof InvalidFormatException f) {
            return new InputException(file, path, describe(f.getTargetType()), quote(f.getValue()));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return new InputException(file, path, describe(m.getTargetType()), found(tree, e.getPath()));
        }
        return new InputException(file, path, "a valid value", firstLine(e.getOriginalMessage()));
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) sb.append('.');
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String found(JsonNode tree, List<JsonMappingException.Reference> refs) {
        JsonNode node = tree;
        for (JsonMappingException.Reference r : refs) {
            if (node == null) break;
            node = r.getFieldName() != null ? node.get(r.getFieldName()) : node.get(r.getIndex());
        }
        if (node == null) return "nothing";
        String kind = node.isObject() ? "an object " : node.isArray() ? "a list " : node.isTextual() ? "the text " : "";
        String text = node.toString();
        return kind + (text.length() > 60 ? text.substring(0, 57) + "..." : text);
    }

    /** A plain-language name of the type a value should have had. */
    public static String describe(Class<?> type) {
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) return "a number";
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) return "a whole number";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (type == String.class) return "a text in quotes";
        if (type == CalendarMonth.class) return "a date YYYY-MM";
        if (type.isEnum()) return "one of " + enumNames(type);
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type) || type.isArray()) return "a list [...]";
        if (Map.class.isAssignableFrom(type) || type.isRecord()) return "an object {...}";
        return "a " + type.getSimpleName();
    }

    static String describe(JavaType type) { return describe(type.getRawClass()); }

    /** The names an enum is written with in files: its {@code @JsonProperty} values. */
    public static List<String> enumNames(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> {
            try {
                JsonProperty p = type.getField(((Enum<?>) c).name()).getAnnotation(JsonProperty.class);
                return p != null ? p.value() : ((Enum<?>) c).name();
            } catch (NoSuchFieldException ex) {
                return ((Enum<?>) c).name();
            }
        }).toList();
    }

    private static String quote(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
