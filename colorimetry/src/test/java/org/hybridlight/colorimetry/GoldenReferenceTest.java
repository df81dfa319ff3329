package org.hybridlight.colorimetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hybridlight.colorimetry.Tolerances.RI;
import static org.hybridlight.colorimetry.Tolerances.RA;
import static org.hybridlight.colorimetry.Tolerances.LER_RELATIVE;
import static org.hybridlight.colorimetry.Tolerances.DUV;
import static org.hybridlight.colorimetry.Tolerances.CHROMATICITY;
import static org.hybridlight.colorimetry.Tolerances.CCT_RELATIVE;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.hybridlight.colorimetry.rendering.cri.Cie13_3ColourRendering;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the shared golden file against the tolerances of its README: x, y, u′, v′ within 5e-5; CCT within
 * 0.05 %; Duv within 5e-5; Ra within 0.05; each Ri within 0.2; LER within 0.2 %. The numbers live in the file.
 */
class GoldenReferenceTest {

    /** Y is scaled to 100 exactly: rounding only. */
    private static final double Y_SCALED = 1e-9;

    private static SpectrumEvaluator evaluator;
    private static Cie13_3ColourRendering.PreparedReference auto;
    private static Cie13_3ColourRendering.PreparedReference blackbody3000;

    @BeforeAll
    static void setUp() {
        evaluator = new SpectrumEvaluator();
        auto = evaluator.prepare(new CriReference.Auto());
        blackbody3000 = evaluator.prepare(new CriReference.Blackbody(3000));
    }

    static List<ReferenceCases.Case> cases() throws IOException {
        List<ReferenceCases.Case> cases = ReferenceCases.load();
        assertThat(cases).hasSizeGreaterThan(10);
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesIndependentValues(ReferenceCases.Case c) {
        JsonNode e = c.expected();
        Colorimetry m = evaluator.evaluate(c.spectrum(), auto);
        Colorimetry m3000 = evaluator.evaluate(c.spectrum(), blackbody3000);
        SoftAssertions soft = new SoftAssertions();
        // X, Y, Z (Y = 100) carry the chromaticity tolerance: X = 100 x/y, Z = 100 (1 - x - y)/y
        double ex = e.get("x").asDouble();
        double ey = e.get("y").asDouble();
        double tolX = 100 * CHROMATICITY * (1 / ey + ex / (ey * ey));
        double tolZ = 100 * CHROMATICITY * (2 / ey + (1 - ex - ey) / (ey * ey));
        soft.assertThat(m.xyz().x()).as("X").isCloseTo(e.get("X").asDouble(), within(tolX));
        soft.assertThat(m.xyz().y()).as("Y").isCloseTo(e.get("Y").asDouble(), within(Y_SCALED));
        soft.assertThat(m.xyz().z()).as("Z").isCloseTo(e.get("Z").asDouble(), within(tolZ));
        soft.assertThat(m.xy().x()).as("x").isCloseTo(e.get("x").asDouble(), within(CHROMATICITY));
        soft.assertThat(m.xy().y()).as("y").isCloseTo(e.get("y").asDouble(), within(CHROMATICITY));
        soft.assertThat(m.uv().u()).as("u").isCloseTo(e.get("u").asDouble(), within(CHROMATICITY));
        soft.assertThat(m.uv().v()).as("v").isCloseTo(e.get("v").asDouble(), within(CHROMATICITY));
        soft.assertThat(m.uvPrime().u()).as("u'").isCloseTo(e.get("uPrime").asDouble(), within(CHROMATICITY));
        soft.assertThat(m.uvPrime().v()).as("v'").isCloseTo(e.get("vPrime").asDouble(), within(CHROMATICITY));
        double cct = e.get("cct").asDouble();
        soft.assertThat(m.cctK()).as("CCT").isCloseTo(cct, within(CCT_RELATIVE * cct));
        soft.assertThat(m.duv()).as("Duv").isCloseTo(e.get("duv").asDouble(), within(DUV));
        soft.assertThat(m.ra()).as("Ra").isCloseTo(e.get("ra").asDouble(), within(RA));
        soft.assertThat(m3000.ra()).as("Ra (3000 K blackbody)").isCloseTo(e.get("ra3000").asDouble(), within(RA));
        for (int i = 1; i <= 14; i++) {
            soft.assertThat(m.colourRendering().r(i)).as("R" + i)
                    .isCloseTo(e.get("r").get(i - 1).asDouble(), within(RI));
            soft.assertThat(m3000.colourRendering().r(i)).as("R" + i + " (3000 K blackbody)")
                    .isCloseTo(e.get("r3000").get(i - 1).asDouble(), within(RI));
        }
        double ler = e.get("ler").asDouble();
        soft.assertThat(m.lerLmPerW()).as("LER").isCloseTo(ler, within(LER_RELATIVE * ler));
        soft.assertThat(m3000.colourRendering().reference()).isEqualTo("blackbody:3000");
        soft.assertAll();
    }
}
