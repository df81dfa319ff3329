package org.hybridlight.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.ExitCode;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.io.NamedSpectrum;
import org.hybridlight.colorimetry.io.SpectrumFileReader;
import org.hybridlight.colorimetry.io.SpectrumReadOptions;
import org.hybridlight.colorimetry.io.SpectrumStream;
import org.hybridlight.colorimetry.rendering.cri.Cie13_3ColourRendering;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;

/**
 * {@code evaluate --spectrum}: reads the file as a stream ({@link SpectrumFileReader#open}), evaluates the spectra on
 * every core in input order ({@link InOrderEvaluation}) while the file is read, and hands the results to the output
 * of {@code --format} ({@link ResultSink}); {@code --plot} and {@code --export-spectrum} files are staged as their
 * spectra pass and committed at the end. Output that is written as it comes (jsonl, csv) or per spectrum files
 * need the whole input accepted first: a streamed file is then read once through before. The command itself only
 * parses the options.
 */
final class SpectrumEvaluation {

    private final Path spectrumFile;
    private final SpectrumReadOptions readOptions;
    private final String format;
    private final String metrics;
    private final Path plot;
    private final Path exportSpectrum;
    private final boolean stats;

    /**
     * @param format table, json, jsonl or csv
     * @param metrics all, cri, tm30 or xyz
     * @param plot the {@code --plot} file or null
     * @param exportSpectrum the {@code --export-spectrum} file or null
     */
    SpectrumEvaluation(Path spectrumFile, SpectrumReadOptions readOptions, String format, String metrics, Path plot,
            Path exportSpectrum, boolean stats) {
        this.spectrumFile = spectrumFile;
        this.readOptions = readOptions;
        this.format = format;
        this.metrics = metrics;
        this.plot = plot;
        this.exportSpectrum = exportSpectrum;
        this.stats = stats;
    }

    /** Runs with the CRI reference {@code ref}; {@code warnings} has those found so far. Returns the exit code. */
    int run(PrintWriter out, PrintWriter err, Outputs files, CriReference ref, List<String> warnings) {
        EvaluationStats timing = new EvaluationStats();
        // the evaluator's tables are built while the file is read
        FutureTask<Prepared> setup = prepare(ref);
        boolean streamOut = format.equals("jsonl") || format.equals("csv");
        boolean perSpectrumFiles = plot != null || exportSpectrum != null;
        SpectrumStream spectra = null;
        List<String> names = new ArrayList<>();
        long total = -1;
        try {
            spectra = SpectrumFileReader.open(spectrumFile, readOptions, warnings::add);
            if (perSpectrumFiles && spectra.readWhole()) {
                List<NamedSpectrum> all = spectra.toList();
                all.forEach(s -> names.add(s.name()));
                total = all.size();
                spectra = SpectrumStream.of(all);
            } else if (!spectra.readWhole() && (streamOut || perSpectrumFiles)) {
                // output as it comes: read the whole file once first, so that a bad row leaves no output
                total = 0;
                for (NamedSpectrum s = spectra.next(); s != null; s = spectra.next()) {
                    total++;
                    if (perSpectrumFiles) {
                        names.add(s.name());
                    }
                }
                spectra.close();
                spectra = SpectrumFileReader.open(spectrumFile, readOptions, w -> { });
            }
        } catch (InputException e) {
            if (spectra != null) {
                spectra.close();
            }
            return Outputs.refused(err, e);
        }
        try (SpectrumStream source = spectra) {
            return evaluate(out, err, files, setup, source, names, total, warnings, timing);
        }
    }

    /** Evaluates the spectra of {@code source} as they are read and hands the results to the output in order. */
    private int evaluate(PrintWriter out, PrintWriter err, Outputs files, FutureTask<Prepared> setup,
            SpectrumStream source, List<String> names, long total, List<String> warnings, EvaluationStats timing) {
        List<Path> plots = plot == null ? List.of() : plotTargets(plot, names);
        plots.forEach(p -> files.output("--plot", p));
        List<Path> exports = exportSpectrum == null ? List.of() : plotTargets(exportSpectrum, names);
        exports.forEach(p -> files.output("--export-spectrum", p));
        int code = files.check();
        if (code != ExitCode.OK) {
            return code;
        }
        timing.opened(source.readAheadCpuNanos());
        Prepared ready = join(setup);
        SpectrumEvaluator evaluator = ready.evaluator();
        Cie13_3ColourRendering.PreparedReference prepared = ready.reference();
        timing.prepared();
        ResultSink sink = ResultSink.of(format, out, source.hasInstrumentFigures());
        ProblemReport problems = new ProblemReport(err, sink.streams());
        if (sink.streams()) {
            // the whole input is accepted already
            warnings.forEach(w -> err.println("warning: " + w));
        }
        ProgressBar bar = ProgressBar.onStderrIfSlow(err, "spectra");
        AtomicLong done = new AtomicLong();
        AtomicLong read = new AtomicLong();
        int[] count = {0};
        int[] failure = {ExitCode.OK};
        try {
            InOrderEvaluation.run(() -> {
                long r0 = System.nanoTime();
                long c0 = EvaluationStats.cpu();
                NamedSpectrum s = source.next();
                timing.read(r0, c0);
                read.incrementAndGet();
                return s;
            }, s -> {
                long c0 = EvaluationStats.cpu();
                Object r;
                try {
                    Colorimetry c = evaluator.evaluate(s.spectrum(), prepared);
                    SpectrumLabel label = SpectrumLabel.of(s);
                    r = new Evaluated(label, c, sink.render(label, c));
                } catch (IllegalArgumentException e) {
                    r = e;
                }
                timing.evaluated(c0);
                long d = done.incrementAndGet();
                // a row-oriented file read as it goes: progress against the spectra read so far (never "finished"
                // before the end, below)
                bar.update(d, total >= 0 ? total : Math.max(read.get(), d + 1), "");
                return r;
            }, (items, chunk) -> {
                long w0 = System.nanoTime();
                long c0 = EvaluationStats.cpu();
                List<SpectrumLabel> labels = new ArrayList<>(chunk.length);
                List<Colorimetry> results = new ArrayList<>(chunk.length);
                List<Object> rendered = new ArrayList<>(chunk.length);
                for (int k = 0; k < chunk.length; k++) {
                    if (chunk[k] instanceof IllegalArgumentException e) {
                        err.println("error: " + spectrumFile + ": spectrum '" + items.get(k).name() + "': "
                                + e.getMessage());
                        failure[0] = ExitCode.DATA;
                        return false;
                    }
                    Evaluated ev = (Evaluated) chunk[k];
                    labels.add(ev.label());
                    results.add(ev.result());
                    rendered.add(ev.rendered());
                }
                for (int k = 0; k < chunk.length; k++, count[0]++) {
                    int i = count[0];
                    if (i < exports.size()) {
                        failure[0] = files.stage("--export-spectrum", exports.get(i),
                                SpectrumExport.exported(exports.get(i), items.get(k)));
                    }
                    if (failure[0] == ExitCode.OK && i < plots.size()) {
                        failure[0] = Tm30Plot.stage(err, files, plots.get(i), labels.get(k).name(), results.get(k));
                    }
                    if (failure[0] != ExitCode.OK) {
                        return false;
                    }
                }
                problems.add(labels, results);
                sink.add(labels, results, rendered);
                timing.wrote(w0, c0);
                return true;
            });
        } catch (InputException e) {
            out.flush();
            return Outputs.refused(err, e);
        }
        if (failure[0] != ExitCode.OK) {
            out.flush();
            return failure[0];
        }
        if (total < 0) {
            // ends a bar that was shown (with its line end on a terminal)
            bar.update(done.get(), done.get(), "");
        }
        timing.evaluated();
        long finishCpu = EvaluationStats.cpu();
        if (!sink.streams()) {
            // warnings only once the input is accepted: a refused file gets its one error line alone
            warnings.forEach(w -> err.println("warning: " + w));
        }
        problems.finish();
        code = files.commit();
        if (code != ExitCode.OK) {
            return code;
        }
        sink.finish();
        if (stats) {
            timing.print(err, count[0], metrics, finishCpu);
        }
        return ExitCode.OK;
    }

    /** One spectrum done on a worker: its label, results and the output's text of them ({@link ResultSink#render}). */
    private record Evaluated(SpectrumLabel label, Colorimetry result, Object rendered) {
    }

    /** The evaluator of the chosen metrics and its prepared CRI reference. */
    private record Prepared(SpectrumEvaluator evaluator, Cie13_3ColourRendering.PreparedReference reference) {
    }

    /** Starts building the evaluator for {@code --metrics} and {@code ref} on a thread of its own. */
    private FutureTask<Prepared> prepare(CriReference ref) {
        boolean cri = metrics.equals("all") || metrics.equals("cri");
        boolean tm30 = metrics.equals("all") || metrics.equals("tm30");
        FutureTask<Prepared> task = new FutureTask<>(() -> {
            SpectrumEvaluator e = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, cri, tm30);
            return new Prepared(e, e.prepare(ref));
        });
        Thread t = new Thread(task, "setup");
        t.setDaemon(true);
        t.start();
        return task;
    }

    private static Prepared join(FutureTask<Prepared> setup) {
        try {
            return setup.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * The plot file of each spectrum: {@code plot} itself for one, otherwise the spectrum's name (characters other
     * than letters, digits, '.', '_' and '-' made '_') inserted before the extension; names that would collide
     * (also by case alone: "a b" and "a_b", "A" and "a") get the spectrum's column number too.
     */
    static List<Path> plotTargets(Path plot, List<String> spectra) {
        if (spectra.size() == 1) {
            return List.of(plot);
        }
        String name = plot.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Set<String> used = new HashSet<>();
        List<Path> targets = new ArrayList<>();
        for (int i = 0; i < spectra.size(); i++) {
            String base = name.substring(0, dot) + "-" + spectra.get(i).replaceAll("[^A-Za-z0-9._-]", "_");
            String candidate = base;
            for (int k = 0; !used.add(candidate.toLowerCase(Locale.ROOT)); k++) {
                candidate = base + "-" + (i + 2) + (k == 0 ? "" : "-" + k);
            }
            targets.add(plot.resolveSibling(candidate + name.substring(dot)));
        }
        return targets;
    }

}
