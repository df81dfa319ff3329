package org.hybridlight.colorimetry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hybridlight.colorimetry.spectrum.Spectrum;

/** Loads the independent golden cases of {@code ../shared/reference/colorimetry-cases.json}. */
public final class ReferenceCases {

    private ReferenceCases() {
    }

    /** One case: its name, spectrum and expected values (as JSON, keys as in the file). */
    public record Case(String name, Spectrum spectrum, JsonNode expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static Path file() {
        String root = System.getProperty("hybridlight.root", System.getProperty("user.dir"));
        Path dir = Path.of(root).toAbsolutePath();
        // works from the repository root and from a module directory
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolve("../shared/reference/colorimetry-cases.json").normalize();
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("../shared/reference/colorimetry-cases.json not found above " + dir);
    }

    public static List<Case> load() throws IOException {
        JsonNode root = new ObjectMapper().readTree(file().toFile());
        List<Case> cases = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            double[] wl = toArray(c.get("wavelengths_nm"));
            double[] v = toArray(c.get("values"));
            cases.add(new Case(c.get("name").asText(), new Spectrum(wl, v), c.get("expected")));
        }
        return cases;
    }

    public static double[] toArray(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }
}
