package org.hybridlight.source.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hybridlight.colorimetry.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonInputTest {

    @TempDir
    Path dir;

    private static final Path FILE = Path.of("c.json");

    /** A shape with the kinds of field the readers have. */
    record Search(Integer starts, Integer maxEvaluations, Long seed) {
    }

    record Unit(String name, Double od1S) {
    }

    record Config(Double temperatureK, List<Unit> units, Search search) {
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "duplicate in a unit|{'units': [{'od1S': 1, 'od1S': 60}]}|c.json: units[0].od1S: given twice",
        "duplicate at the top|{'temperatureK': 300, 'units': [], 'temperatureK': 350}|c.json: temperatureK: given twice",
        "duplicate array|{'units': [], 'units': [{'od1S': 1}]}|c.json: units: given twice",
        "duplicate nested|{'search': {'seed': 1, 'seed': 2}}|c.json: search.seed: given twice",
        "string for a number|{'temperatureK': '300'}|c.json: temperatureK: wrong type: expected a number",
        "float-suffixed string|{'units': [{'od1S': '2f'}]}|c.json: units[0].od1S: wrong type: expected a number",
        "hexadecimal string|{'temperatureK': '0x1p3'}|c.json: temperatureK: wrong type: expected a number",
        "fraction for a count|{'search': {'maxEvaluations': 400.7}}|c.json: search.maxEvaluations: wrong type: expected a whole number",
        "string for a count|{'search': {'starts': '2'}}|c.json: search.starts: wrong type: expected a whole number",
        "overflow|{'temperatureK': 1e400}|c.json: temperatureK: 1e400 is too large",
    })
    void refusedWithTheFieldPath(String what, String json, String message) {
        assertThatThrownBy(() -> JsonInput.bind(FILE, json.replace('\'', '"'), Config.class))
                .isInstanceOf(InputException.class).hasMessageStartingWith(message);
    }

    @Test
    void theLineOfADuplicateIsGiven() {
        assertThatThrownBy(() -> JsonInput.bind(FILE, "{\n  \"temperatureK\": 300,\n  \"temperatureK\": 1\n}",
                Config.class)).hasMessageContaining("(line 3");
    }

    @Test
    void aByteOrderMarkIsDroppedFromFilesAndText() throws Exception {
        Path p = dir.resolve("bom.json");
        byte[] body = "{\"temperatureK\": 300}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(p, withBom);
        assertThat(JsonInput.bind(p, JsonInput.readText(p, "config file"), Config.class).temperatureK())
                .isEqualTo(300);
        assertThat(JsonInput.bind(FILE, "\uFEFF{\"temperatureK\": 310}", Config.class).temperatureK()).isEqualTo(310);
    }

    @Test
    void plainNumbersStillBind() throws InputException {
        Config c = JsonInput.bind(FILE, "{\"temperatureK\": 3e2, \"units\": [{\"od1S\": 0}], \"search\": "
                + "{\"starts\": 2, \"seed\": 12345678901}}", Config.class);
        assertThat(c.temperatureK()).isEqualTo(300);
        assertThat(c.units().get(0).od1S()).isZero();
        assertThat(c.search().seed()).isEqualTo(12345678901L);
    }

    @Test
    void anEndlessDeviceIsNotReadUntilTheHeapIsGone() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertThatThrownBy(() -> JsonInput.readText(Path.of("/dev/zero"), "design file"))
                .hasMessage("/dev/zero: not a text file (contains NUL bytes)");
    }
}
