package org.hybridlight.colorimetry.io;

import java.io.StringWriter;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one spectrum as IES TM-27-14 spectral data XML (version 1.0, namespace {@code http://www.ies.org/iestm2714})
 * that {@link Tm27SpectrumReader} reads back: Header (Manufacturer, CatalogNumber, Description, DocumentCreator,
 * DocumentCreationDate), SpectralDistribution (SpectralQuantity, BandwidthFWHM, then one SpectralData per point, the
 * shortest decimal that reads back to the same double).
 */
public final class Tm27SpectrumWriter {

    private static final String NAMESPACE = "http://www.ies.org/iestm2714";

    private Tm27SpectrumWriter() {
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
            x.writeCharacters("\n    ");
            element(x, "SpectralQuantity", spectralQuantity);
            if (Double.isFinite(bandwidthFwhmNm)) {
                x.writeCharacters("\n    ");
                element(x, "BandwidthFWHM", SpectrumChecks.format(bandwidthFwhmNm));
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
