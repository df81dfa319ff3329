package org.hybridlight.source.design;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hybridlight.colorimetry.io.InputException;

/**
 * Binds JSON input files (design files, optimizer configs) strictly: unknown fields, wrong types and bad syntax
 * become one {@link InputException} naming the file and the field path ({@code units[2].qd.foo}).
 */
public final class JsonInput {

    /** Configured once and only read afterwards (ObjectMapper is thread-safe for reading). */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonInput() {
    }

    /**
     * The text of an input file; a missing, unreadable or blank file is an {@link InputException} naming it.
     *
     * @param what what the file is, for the message ("design file", "config file")
     */
    public static String readText(Path file, String what) throws InputException {
        String text;
        try {
            text = java.nio.file.Files.readString(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(file.toString(), "no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(file.toString(), "not a text file (invalid UTF-8)");
        } catch (java.io.IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
        if (text.isBlank()) {
            throw new InputException(file.toString(), "empty " + what);
        }
        return text;
    }

    /** {@code text} (the content of {@code file}) bound to {@code type}. */
    public static <T> T bind(Path file, String text, Class<T> type) throws InputException {
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
