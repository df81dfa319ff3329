package org.hybridlight.colorimetry.io;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one spectrum as IES TM-27-14 spectral data XML (version 1.0, namespace {@code http://www.ies.org/iestm2714})
 * that {@link Tm27SpectrumReader} reads back: Header (Manufacturer, CatalogNumber, Description, DocumentCreator, …),
 * SpectralDistribution (SpectralQuantity, BandwidthFWHM, BandwidthCorrected, …, then one SpectralData per point, the
 * shortest decimal that reads back to the same double).
 */
public final class Tm27SpectrumWriter {

    private static final String NAMESPACE = "http://www.ies.org/iestm2714";

    /** The TM-27-14 Header elements, in the standard's order. */
    static final List<String> HEADER_ELEMENTS = List.of("Manufacturer", "CatalogNumber", "Description",
            "DocumentCreator", "UniqueIdentifier", "MeasurementEquipment", "Laboratory", "ReportNumber", "ReportDate",
            "DocumentCreationDate", "Comments");
    /** The TM-27-14 SpectralDistribution elements before the data, in the standard's order. */
    static final List<String> DISTRIBUTION_ELEMENTS = List.of("SpectralQuantity", "ReflectionGeometry",
            "TransmissionGeometry", "BandwidthFWHM", "BandwidthCorrected");

    private Tm27SpectrumWriter() {
    }

    /**
     * A spectrum as read, with the TM-27 fields of its metadata (a TM-27 file's header and distribution fields
     * survive a read and a write): the Description is its name, the DocumentCreator {@code creator} when the
     * metadata has none, the SpectralQuantity {@code relative} when it has none. Other metadata (an instrument's
     * settings) has no TM-27 element and is left out.
     */
    public static String toXml(NamedSpectrum s, String creator) {
        Map<String, String> m = s.metadata();
        Map<String, String> header = new LinkedHashMap<>();
        for (String e : HEADER_ELEMENTS) {
            String v = e.equals("Description") ? s.name() : e.equals("DocumentCreator")
                    ? m.getOrDefault(e, creator) : m.get(e);
            if (v != null) {
                header.put(e, v);
            }
        }
        Map<String, String> distribution = new LinkedHashMap<>();
        for (String e : DISTRIBUTION_ELEMENTS) {
            String v = e.equals("SpectralQuantity") ? m.getOrDefault(e, "relative") : m.get(e);
            if (v != null) {
                distribution.put(e, v);
            }
        }
        return write(header, distribution, s.spectrum().wavelengthsNm(), s.spectrum().values());
    }

    /**
     * The XML text.
     *
     * @param header Header fields by element name, in order (e.g. Manufacturer, CatalogNumber, Description)
     * @param spectralQuantity e.g. {@code W/nm} or {@code relative}
     * @param bandwidthFwhmNm the measurement bandwidth, NaN for none (a computed spectrum)
     */
    public static String toXml(Map<String, String> header, String spectralQuantity, double bandwidthFwhmNm,
            double[] wavelengthsNm, double[] values) {
        Map<String, String> distribution = new LinkedHashMap<>();
        distribution.put("SpectralQuantity", spectralQuantity);
        if (Double.isFinite(bandwidthFwhmNm)) {
            distribution.put("BandwidthFWHM", SpectrumChecks.format(bandwidthFwhmNm));
        }
        return write(header, distribution, wavelengthsNm, values);
    }

    private static String write(Map<String, String> header, Map<String, String> distribution, double[] wavelengthsNm,
            double[] values) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("IESTM2714");
            x.writeDefaultNamespace(NAMESPACE);
            x.writeAttribute("version", "1.0");
            x.writeCharacters("\n  ");
            x.writeStartElement("Header");
            for (Map.Entry<String, String> e : header.entrySet()) {
                x.writeCharacters("\n    ");
                element(x, e.getKey(), e.getValue());
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n  ");
            x.writeStartElement("SpectralDistribution");
            for (Map.Entry<String, String> e : distribution.entrySet()) {
                x.writeCharacters("\n    ");
                element(x, e.getKey(), e.getValue());
            }
            for (int i = 0; i < wavelengthsNm.length; i++) {
                x.writeCharacters("\n    ");
                x.writeStartElement("SpectralData");
                x.writeAttribute("wavelength", SpectrumChecks.format(wavelengthsNm[i]));
                x.writeCharacters(String.valueOf(values[i]));
                x.writeEndElement();
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }
}
