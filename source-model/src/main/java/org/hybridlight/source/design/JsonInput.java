package org.hybridlight.source.design;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.hybridlight.colorimetry.io.DecimalNumber;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.io.InputFiles;

/**
 * Binds JSON input files (design files, optimizer configs, sweeps) strictly — the one place for the rules every
 * reader shares: unknown fields, wrong types and bad syntax become one {@link InputException} naming the file and
 * the field path ({@code units[2].qd.foo}); a field given twice is refused (Jackson would let the last one win);
 * numbers are JSON numbers by the {@link DecimalNumber} rule (no strings such as {@code "2f"} or {@code "0x1p3"}
 * taken for numbers, no overflowing values, no fraction where a whole number is meant); a UTF-8
 * byte-order mark is dropped; files are read within {@link #MAX_FILE_BYTES}.
 */
public final class JsonInput {

    /** The largest JSON input read; the largest real ones are a few kB. */
    public static final long MAX_FILE_BYTES = 16L << 20;

    /** Configured once and only read afterwards (ObjectMapper is thread-safe for reading). */
    private static final ObjectMapper MAPPER = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // "2f" and "0x1p3" are strings, 400.7 is not a count
        m.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return m;
    }

    private JsonInput() {
    }

    /**
     * The text of an input file; a missing, unreadable or blank file is an {@link InputException} naming it.
     *
     * @param what what the file is, for the message ("design file", "config file")
     */
    public static String readText(Path file, String what) throws InputException {
        String text = InputFiles.readText(file, MAX_FILE_BYTES, 4);
        if (text.isBlank()) {
            throw new InputException(file.toString(), "empty " + what);
        }
        return text;
    }

    /** {@code text} (the content of {@code file}) bound to {@code type}. */
    public static <T> T bind(Path file, String text, Class<T> type) throws InputException {
        text = InputFiles.withoutBom(text);
        check(file, text);
        try {
            return MAPPER.readValue(text, type);
        } catch (UnrecognizedPropertyException e) {
            throw new InputException(file + ": " + path(e), "unknown field '" + e.getPropertyName()
                    + "' (known: " + String.join(", ", known(e)) + ")");
        } catch (MismatchedInputException e) {
            String p = path(e);
            throw new InputException(file + (p.isEmpty() ? "" : ": " + p), "wrong type: expected "
                    + describe(e.getTargetType()) + at(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw new InputException(file.toString(), "not valid JSON" + at(e.getLocation()) + ": "
                    + e.getOriginalMessage());
        }
    }

    /**
     * The rules binding does not see, in one streaming pass with the field path at hand: duplicate fields and
     * numbers beyond the range of a double (1e400).
     */
    private static void check(Path file, String text) throws InputException {
        try (JsonParser p = MAPPER.getFactory().createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    String problem = DecimalNumber.problem(p.getText());
                    if (problem != null) {
                        throw new InputException(file + ": " + path(p.getParsingContext()), p.getText() + " "
                                + problem + at(p.currentTokenLocation()));
                    }
                }
            }
        } catch (StreamReadException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field") && e.getProcessor() != null) {
                throw new InputException(file + ": " + path(e.getProcessor().getParsingContext()), "given twice (a second value "
                        + "would silently replace the first)" + at(e.getLocation()));
            }
            // bad syntax: binding reports it with its usual message
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    /** units[2].qd.od1S from a parser's context. */
    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                parts.push((c.getParent() != null && c.getParent().inRoot() ? "" : ".") + c.getCurrentName());
            }
        }
        return String.join("", parts);
    }

    private static List<String> known(UnrecognizedPropertyException e) {
        List<String> names = new ArrayList<>();
        if (e.getKnownPropertyIds() != null) {
            e.getKnownPropertyIds().forEach(o -> names.add(o.toString()));
        }
        names.sort(null);
        return names;
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    /** units[2].qd.od1S from Jackson's reference chain. */
    public static String path(JsonMappingException e) {
        StringBuilder p = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getIndex() >= 0) {
                p.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                if (p.length() > 0) {
                    p.append('.');
                }
                p.append(r.getFieldName());
            }
        }
        return p.toString();
    }

}
