package org.hybridlight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gui --screenshot} in its own JVM (JavaFX starts once per JVM), as the README and CI use it. */
class ScreenshotTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("hybridlight.root", "..")).resolve("examples");

    private record Run(int exit, String err) {
    }

    private static Run gui(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.util.prefs.userRoot=" + System.getProperty(
                        "java.io.tmpdir"), GuiMain.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), err);
    }

    @Test
    void rendersTheMainWindowHeadlessToAPng(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("designer.png");
        Run r = gui("--screenshot", png.toString(), "--size", "1400x900",
                EXAMPLES.resolve("paper-fig6b.json").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1400);
        assertThat(image.getHeight()).isEqualTo(900);
        // a rendered window, not a blank: many distinct colours (plots, spectral fills)
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).isGreaterThan(200);
        assertThat(Files.list(dir)).containsExactly(png);
    }

    @Test
    void aBadDesignIsOneLineAndNoPicture(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"units\": [ {\"led\": {\"peakNm\": \"green\"}} ]}");
        Path png = dir.resolve("never.png");
        Run r = gui("--screenshot", png.toString(), bad.toString());
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("bad.json").contains("units[0].led.peakNm");
        assertThat(Files.list(dir)).containsExactly(bad);
    }

    @Test
    void anUnwritableScreenshotPathIsRefusedBeforeRendering(@TempDir Path dir) throws Exception {
        Run r = gui("--screenshot", dir.resolve("no/such/dir/shot.png").toString());
        assertThat(r.exit()).isEqualTo(73);
        assertThat(r.err()).contains("shot.png").contains("does not exist");
    }
}
