package org.hybridlight.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every optimizer config in examples/ loads and its starting design evaluates. */
class ExampleConfigsTest {

    static Stream<Path> configs() throws IOException {
        Path examples = Path.of(System.getProperty("hybridlight.root", "..")).resolve("examples");
        try (Stream<Path> s = Files.list(examples)) {
            return s.filter(p -> p.getFileName().toString().startsWith("optimize-")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("configs")
    void loadsAndEvaluatesItsStart(Path config) throws InputException {
        DesignProblem.Spec spec = OptimizeConfigReader.read(config, null);
        DesignProblem problem = new DesignProblem(spec,
                new SpectrumEvaluator(WavelengthGrid.COMPUTATION, DesignProblem.needsTm30(spec)));
        assertThat(problem.dimension()).isPositive();
        assertThat(problem.value(problem.initialPoint())).isFinite();
    }

    static Stream<Path> sweeps() throws IOException {
        Path examples = Path.of(System.getProperty("hybridlight.root", "..")).resolve("examples");
        try (Stream<Path> s = Files.list(examples)) {
            return s.filter(p -> p.getFileName().toString().startsWith("batch-")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("sweeps")
    void sweepsLoad(Path sweep) throws InputException {
        assertThat(org.hybridlight.optimizer.batch.Sweep.read(sweep)).isNotEmpty();
    }
}
