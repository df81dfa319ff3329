package org.hybridlight.source.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.source.QuantumDot;
import org.hybridlight.source.SubGapTailLaw;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignWriterTest {

    /** Energy and photon sums of one simulation formed two ways: rounding only. */
    private static final double ROUNDING = 1e-12;

    @Test
    void aWrittenDesignReadsBackToTheSameSource(@TempDir Path dir) throws Exception {
        Design d = DesignReader.read(DesignReaderTest.root().resolve("examples/paper-fig6b.json"));
        Path p = dir.resolve("again.json");
        Files.writeString(p, DesignWriter.toJson(d));
        Design again = DesignReader.read(p);
        assertThat(again.source().simulate(WavelengthGrid.COMPUTATION).whiteWPerNm())
                .containsExactly(d.source().simulate(WavelengthGrid.COMPUTATION).whiteWPerNm());
        assertThat(again.unitNames()).isEqualTo(d.unitNames());
        assertThat(again.reference()).isEqualTo(d.reference());
    }

    @Test
    void everyNewQdParameterRoundTrips(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("d.json");
        Files.writeString(p, "{\"temperatureK\": 330, \"units\": [{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, "
                + "\"qd\": {\"emissionPeakNm\": 600, \"od1S\": 2500, \"tailLaw\": \"phonon-population\", "
                + "\"tailPrefactor\": 0.7, \"sizeDispersionPercent\": 6, \"gapShiftMeVPerK\": -0.4, "
                + "\"absorptionFwhm1SMeV\": 55}, \"reabsorptionPathFactor\": 0.5}]}");
        Design d = DesignReader.read(p);
        QuantumDot qd = d.source().units().get(0).qd();
        assertThat(qd.tailLaw()).isEqualTo(SubGapTailLaw.PHONON_POPULATION);
        assertThat(qd.tailPrefactor()).isEqualTo(0.7);
        assertThat(qd.sizeDispersion()).isEqualTo(0.06);
        assertThat(qd.gapShiftEvPerK()).isEqualTo(-0.4e-3);
        Path again = dir.resolve("again.json");
        Files.writeString(again, DesignWriter.toJson(d));
        Design back = DesignReader.read(again);
        assertThat(back.source().units()).isEqualTo(d.source().units());
        assertThat(back.source().simulate(WavelengthGrid.COMPUTATION).whiteWPerNm())
                .containsExactly(d.source().simulate(WavelengthGrid.COMPUTATION).whiteWPerNm());
    }

    @Test
    void plainAndPhosphorConvertedChannelsReadAndRoundTrip(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("channels.json");
        Files.writeString(p, "{\"units\": [{\"name\": \"blue\", \"led\": {\"shape\": \"gaussian-wavelength\", "
                + "\"peakNm\": 450, \"fwhmNm\": 20}}, {\"name\": \"lime\", \"weight\": 0.5, \"led\": {\"shape\": "
                + "\"phosphor-converted\", \"peakNm\": 550, \"fwhmNm\": 100, \"phosphorFraction\": 0.9}}, "
                + "{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": {\"emissionPeakNm\": 610, \"od1S\": 3}}]}");
        Design d = DesignReader.read(p);
        assertThat(d.source().units().get(0).hasDots()).isFalse();
        assertThat(d.source().units().get(1).led().phosphorQuantumEfficiency())
                .isEqualTo(org.hybridlight.source.Led.DEFAULT_PHOSPHOR_QUANTUM_EFFICIENCY);
        assertThat(d.source().simulate(WavelengthGrid.COMPUTATION).units().get(0).powerConversionEfficiency())
                .isEqualTo(1.0);
        Path again = dir.resolve("again.json");
        Files.writeString(again, DesignWriter.toJson(d));
        assertThat(Files.readString(again)).doesNotContain("NaN");
        Design back = DesignReader.read(again);
        assertThat(back.source()).isEqualTo(d.source());
    }

    @Test
    void aPcLedsQuantumEfficiencyIsReadFromTheDesignFileAndItsEnergyBalanceCloses(@TempDir Path dir)
            throws Exception {
        Path p = dir.resolve("pc.json");
        Files.writeString(p, "{\"units\": [{\"led\": {\"shape\": \"phosphor-converted\", \"peakNm\": 550, "
                + "\"fwhmNm\": 100, \"opticalPowerW\": 0.3, \"phosphorFraction\": 0.9, "
                + "\"phosphorQuantumEfficiency\": 0.62}}]}");
        Design d = DesignReader.read(p);
        assertThat(d.source().units().get(0).led().phosphorQuantumEfficiency()).isEqualTo(0.62);
        org.hybridlight.source.UnitResult r = d.source().simulate(WavelengthGrid.COMPUTATION).units().get(0);
        // energy: in = transmitted + absorbed, heat = absorbed - emitted; photons: 0.62 out per photon absorbed
        assertThat(r.transmittedW() + r.absorbedW()).isCloseTo(r.opticalPowerInW(), within(ROUNDING));
        assertThat(r.opticalPowerOutW() + r.heatLoadW()).isCloseTo(r.opticalPowerInW(), within(ROUNDING));
        assertThat(r.emittedPhotonsPerS() / r.absorbedPhotonsPerS()).isCloseTo(0.62, within(ROUNDING));
        assertThat(r.powerConversionEfficiency()).isLessThan(1);
        Path again = dir.resolve("again.json");
        Files.writeString(again, DesignWriter.toJson(d));
        assertThat(DesignReader.read(again).source()).isEqualTo(d.source());
        for (String bad : new String[] {"0", "1.2", "-0.5"}) {
            Files.writeString(p, Files.readString(again).replaceAll("\"phosphorQuantumEfficiency\" *: *[0-9.]+",
                    "\"phosphorQuantumEfficiency\": " + bad));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> DesignReader.read(p))
                    .hasMessageContaining("units[0].led.phosphorQuantumEfficiency").hasMessageContaining("got " + bad);
        }
    }

    @Test
    void channelFieldsInTheWrongPlaceAreNamed(@TempDir Path dir) throws Exception {
        String[][] cases = {
            {"{\"units\": [{\"led\": {\"peakNm\": 450, \"fwhmNm\": 20, \"phosphorFraction\": 0.5}}]}",
                "units[0].led.phosphorFraction"},
            {"{\"units\": [{\"led\": {\"shape\": \"phosphor-converted\", \"peakNm\": 550, \"fwhmNm\": 100}}]}",
                "units[0].led.phosphorFraction: required"},
            {"{\"units\": [{\"led\": {\"shape\": \"phosphor-converted\", \"peakNm\": 550, \"fwhmNm\": 100, "
                + "\"phosphorFraction\": 0.5}, \"qd\": {\"emissionPeakNm\": 610, \"od1S\": 3}}]}", "units[0].qd"},
            {"{\"units\": [{\"led\": {\"peakNm\": 450, \"fwhmNm\": 20}, \"reabsorptionPathFactor\": 1}]}",
                "units[0].reabsorptionPathFactor"},
        };
        for (String[] c : cases) {
            Path p = dir.resolve("bad.json");
            Files.writeString(p, c[0]);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> DesignReader.read(p)).hasMessageContaining(c[1]);
        }
    }
}
