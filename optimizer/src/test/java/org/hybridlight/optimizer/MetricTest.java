package org.hybridlight.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MetricTest {

    private static final Path CONFIG = Path.of(System.getProperty("hybridlight.root", "..")).resolve(
            "examples/optimize-paper-leds.json");

    @ParameterizedTest
    @EnumSource(Metric.class)
    void itsConfigFieldsAreTheOnesTheReaderBindsToIt(Metric m) throws Exception {
        String field = m.constraintField().substring("constraints.".length());
        String text = Files.readString(CONFIG).replace("\"objective\": { \"ra\": 1.0, \"pe\": 0.5 }",
                "\"objective\": { \"" + m.configName() + "\": 2.5 }").replace("\"minPe\": 1.0",
                "\"" + field + "\": 7.5");
        DesignProblem.Spec spec = OptimizeConfigReader.parse(Path.of("c.json"), text, null);
        assertThat(spec.objective()).containsOnlyKeys(m).containsEntry(m, 2.5);
        assertThat(spec.minimums()).containsOnlyKeys(m).containsEntry(m, 7.5);
        assertThat(spec.needsTm30()).isEqualTo(m == Metric.RF || m == Metric.RG);
        assertThat(m.objectiveField()).isEqualTo("objective." + m.configName());
        assertThat(Metric.parse(" " + m.configName().toUpperCase(java.util.Locale.ROOT))).isEqualTo(m);
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void scalesAreTheDocumentedOnes(Metric m) {
        // README: indices count per 100, PE per 1, LER per 400 lm/W
        double expected = m == Metric.PE ? 1 : m == Metric.LER ? 400 : 100;
        assertThat(m.scale()).isEqualTo(expected);
        assertThat(m.constraintLabel()).startsWith(m.label()).endsWith("min)");
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void unknownNamesAreRefusedWithTheKnownOnes(Metric m) {
        assertThatThrownBy(() -> Metric.parse(m.configName() + "x")).hasMessageContaining(Metric.names());
    }
}
