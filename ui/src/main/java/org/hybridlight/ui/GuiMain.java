package org.hybridlight.ui;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.hybridlight.colorimetry.io.ExitCode;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.source.design.DesignReader;
import org.hybridlight.ui.view.Snapshots;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hybridlight gui [--screenshot OUT.png] [DESIGN.json]}: starts the designer, or renders its main window
 * without a display (Monocle, software rendering) to a PNG and exits. Exit codes follow the command line's:
 * 65 bad design, 66 missing design, 69 no display, 70 internal error, 73 cannot write the screenshot.
 */
@Command(name = "hybridlight gui", mixinStandardHelpOptions = true,
        description = "The designer GUI: edit LED-QD units with sliders and see the spectrum, chromaticity, "
                + "CIE 13.3 and TM-30 colour rendering change at once; optimize in the background.")
public final class GuiMain implements Callable<Integer> {

    @Option(names = "--screenshot", paramLabel = "OUT.png",
            description = "Render the main window headless to a PNG and exit (no display needed).")
    Path screenshot;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1500x950",
            description = "Window size in pixels. Default: ${DEFAULT-VALUE}.")
    String size;

    @Parameters(arity = "0..1", paramLabel = "DESIGN.json", description = "A design file to open.")
    Path design;

    private final PrintWriter err;
    // held so the level sticks: JavaFX warns that it runs from the class path, which is how this jar runs it
    private final java.util.logging.Logger javafxLog = java.util.logging.Logger.getLogger("javafx");

    GuiMain(PrintWriter err) {
        this.err = err;
        javafxLog.setLevel(java.util.logging.Level.SEVERE);
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        CommandLine cl = new CommandLine(new GuiMain(err));
        cl.setErr(err);
        int code = cl.execute(args);
        // the interactive GUI keeps running on the FX thread and ends the JVM when its window closes
        if (code != Integer.MIN_VALUE) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() {
        if (design != null) {
            try {
                // as the command line prints them; the designer shows them with its figures too
                DesignReader.read(design).warnings().forEach(w -> err.println("warning: " + w));
            } catch (InputException e) {
                err.println("error: " + e.getMessage());
                return Files.exists(design) ? ExitCode.DATA : ExitCode.NO_INPUT;
            }
        }
        int[] wh = parseSize();
        if (wh == null) {
            err.println("error: --size: expected WIDTHxHEIGHT in pixels (e.g. 1500x950), got '" + size + "'");
            return ExitCode.USAGE;
        }
        if (screenshot != null) {
            Path dir = screenshot.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                err.println("error: --screenshot: cannot create " + screenshot + ": directory " + dir
                        + " does not exist");
                return ExitCode.CANNOT_CREATE;
            }
            return screenshot(wh);
        }
        try {
            Platform.startup(() -> {
                Stage stage = new Stage();
                Designer d = new Designer(stage, preferences(), wh[0], wh[1]);
                if (design != null) {
                    d.window().open(design);
                }
                stage.show();
            });
        } catch (UnsupportedOperationException | IllegalStateException e) {
            err.println("error: cannot open a window (" + e.getMessage() + "); run it on a desktop, or use "
                    + "--screenshot OUT.png to render it headless");
            return ExitCode.UNAVAILABLE;
        }
        return Integer.MIN_VALUE;
    }

    private int[] parseSize() {
        String[] p = size.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            int w = Integer.parseInt(p[0].trim());
            int h = Integer.parseInt(p[1].trim());
            return p.length == 2 && w >= 400 && h >= 300 && w <= 8000 && h <= 8000 ? new int[] {w, h} : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Preferences preferences() {
        return Preferences.userRoot().node("org/hybridlight/ui");
    }

    private int screenshot(int[] wh) {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", wh[0] + "x" + wh[1] + "-32");
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<String> problem = new AtomicReference<>();
        try {
            Platform.startup(() -> {
                try {
                    Stage stage = new Stage();
                    Designer d = new Designer(stage, preferences(), wh[0], wh[1]);
                    if (design != null) {
                        String p = d.window().open(design);
                        if (p != null) {
                            problem.set(p);
                            done.countDown();
                            return;
                        }
                    }
                    stage.show();
                    // two pulses: the first lays the window out, the second paints the plots at their size
                    Platform.runLater(() -> Platform.runLater(() -> {
                        try {
                            Snapshots.writePng(stage.getScene().getRoot(), screenshot);
                        } catch (java.io.IOException e) {
                            problem.set("cannot write " + screenshot + ": " + e.getMessage());
                        } finally {
                            done.countDown();
                        }
                    }));
                } catch (RuntimeException e) {
                    problem.set(e.toString());
                    done.countDown();
                }
            });
            if (!done.await(120, TimeUnit.SECONDS)) {
                err.println("error: --screenshot: the window did not render within 120 s");
                return ExitCode.SOFTWARE;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.SOFTWARE;
        } finally {
            Platform.exit();
        }
        if (problem.get() != null) {
            err.println("error: --screenshot: " + problem.get());
            return problem.get().startsWith("cannot write") ? ExitCode.CANNOT_CREATE : ExitCode.SOFTWARE;
        }
        return ExitCode.OK;
    }
}
