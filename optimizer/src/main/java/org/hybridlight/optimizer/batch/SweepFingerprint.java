package org.hybridlight.optimizer.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.source.design.JsonInput;

/**
 * What a batch's results depend on: the sweep (without the path by which it names its config) and the optimizer
 * config it sweeps, as parsed JSON. Recorded beside the results ({@code RESULTS.csv.sweep.json}) when a run
 * starts; a resume whose sweep or config differs in any value is refused with the fields that changed, so rows
 * of two settings never mix in one file.
 *
 * @param tree {@code {"format": 1, "sweep": {...}, "config": {...}}}
 */
public record SweepFingerprint(JsonNode tree) {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int FORMAT = 1;
    /** At most this many changes are named in a message. */
    private static final int NAMED = 4;

    /** The fingerprint of a sweep file and the config it names (both already readable: read the sweep first). */
    public static SweepFingerprint of(Path sweepFile) throws InputException {
        JsonNode sweep = JsonInput.bind(sweepFile, JsonInput.readText(sweepFile, "sweep file"), JsonNode.class);
        Path config = configOf(sweepFile, sweep);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode s = sweep.deepCopy();
        s.remove("config");
        root.set("sweep", s);
        root.set("config", JsonInput.bind(config, JsonInput.readText(config, "config file"), JsonNode.class));
        return new SweepFingerprint(root);
    }

    /** The config file a sweep names. */
    public static Path configFile(Path sweepFile) throws InputException {
        JsonNode sweep = JsonInput.bind(sweepFile, JsonInput.readText(sweepFile, "sweep file"), JsonNode.class);
        return configOf(sweepFile, sweep);
    }

    private static Path configOf(Path sweepFile, JsonNode sweep) throws InputException {
        if (!(sweep instanceof ObjectNode) || !sweep.path("config").isTextual()) {
            throw new InputException(sweepFile + ": config", "required: the optimizer config to sweep");
        }
        return Sweep.configFile(sweepFile, sweep.get("config").asText());
    }

    /** The file beside {@code results} that holds the fingerprint. */
    public static Path sideFile(Path results) {
        return results.resolveSibling(results.getFileName() + ".sweep.json");
    }

    public String toJson() {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A recorded fingerprint; {@code file} names it in messages. */
    public static SweepFingerprint read(Path file) throws InputException {
        JsonNode t = JsonInput.bind(file, JsonInput.readText(file, "fingerprint"), JsonNode.class);
        if (t == null || t.path("format").asInt() != FORMAT || !t.has("sweep") || !t.has("config")) {
            throw new InputException(file.toString(), "not a sweep fingerprint written by this version");
        }
        return new SweepFingerprint(t);
    }

    /**
     * The values that differ between {@code recorded} and this fingerprint, e.g.
     * {@code sweep maxEvaluations: 200 -> 50}; empty when they are the same.
     */
    public List<String> differencesFrom(SweepFingerprint recorded) {
        List<String> out = new ArrayList<>();
        for (String part : new String[] {"sweep", "config"}) {
            diff(part, "", recorded.tree.path(part), tree.path(part), out);
        }
        return out;
    }

    /** One line: the first few changes and how many more. */
    public String describeChangesFrom(SweepFingerprint recorded) {
        List<String> d = differencesFrom(recorded);
        String first = String.join("; ", d.subList(0, Math.min(NAMED, d.size())));
        return d.size() > NAMED ? first + "; and " + (d.size() - NAMED) + " more" : first;
    }

    private static void diff(String part, String path, JsonNode was, JsonNode now, List<String> out) {
        if (was.isObject() && now.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            was.fieldNames().forEachRemaining(names::add);
            now.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                diff(part, path.isEmpty() ? n : path + "." + n, was.path(n), now.path(n), out);
            }
        } else if (was.isArray() && now.isArray() && was.size() == now.size()) {
            Iterator<JsonNode> a = was.elements();
            Iterator<JsonNode> b = now.elements();
            for (int i = 0; a.hasNext(); i++) {
                diff(part, path + "[" + i + "]", a.next(), b.next(), out);
            }
        } else if (!sameValue(was, now)) {
            out.add(part + " " + path + ": " + show(was) + " -> " + show(now));
        }
    }

    /** Equal, counting 200 and 200.0 as the same number. */
    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static String show(JsonNode v) {
        if (v.isMissingNode()) {
            return "(absent)";
        }
        String s = v.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
