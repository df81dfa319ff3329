package org.hybridlight.colorimetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.junit.jupiter.api.Test;

/** One shared evaluator used by many threads gives bit-identical results to one thread. */
class ThreadSafetyTest {

    @Test
    void concurrentEvaluationsEqualSequentialOnes() throws Exception {
        SpectrumEvaluator evaluator = new SpectrumEvaluator();
        List<Spectrum> spectra = spectra();
        List<CriReference> references = List.of(new CriReference.Auto(), new CriReference.Blackbody(3000),
                new CriReference.Daylight(6500));
        List<double[]> sequential = new ArrayList<>();
        for (CriReference ref : references) {
            for (Spectrum s : spectra) {
                sequential.add(fingerprint(evaluator.evaluate(s, ref)));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<double[]>> futures = new ArrayList<>();
                for (CriReference ref : references) {
                    for (Spectrum s : spectra) {
                        futures.add(pool.submit(() -> fingerprint(evaluator.evaluate(s, ref))));
                    }
                }
                for (int i = 0; i < futures.size(); i++) {
                    assertThat(futures.get(i).get()).containsExactly(sequential.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Spectrum> spectra() throws IOException {
        List<Spectrum> list = new ArrayList<>();
        for (ReferenceCases.Case c : ReferenceCases.load()) {
            list.add(c.spectrum());
        }
        return list;
    }

    private static double[] fingerprint(Colorimetry c) {
        double[] f = new double[20];
        f[0] = c.xyz().x();
        f[1] = c.xyz().z();
        f[2] = c.cctK();
        f[3] = c.duv();
        f[4] = c.lerLmPerW();
        f[5] = c.ra();
        System.arraycopy(c.colourRendering().r(), 0, f, 6, 14);
        return f;
    }
}
