package org.hybridlight.colorimetry.io;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * IES TM-27-14 (and TM-27-20) spectral data XML, {@code .spdx} (IES, "Standard Format for the Electronic Transfer of
 * Spectral Data", ISBN 978-0-87995-295-2): a root {@code IESTM2714}, a {@code Header} (Manufacturer, CatalogNumber,
 * Description, …) and a {@code SpectralDistribution} (SpectralQuantity, BandwidthFWHM, BandwidthCorrected, then
 * {@code <SpectralData wavelength="380">0.12</SpectralData>} in increasing wavelength). Elements are matched by local
 * name, whatever the namespace; the header's and the distribution's simple fields become the spectrum's metadata
 * and its name is the Description (else the catalog number, else the file name). Each SpectralDistribution is one
 * spectrum. Negative values (a measured spectrum's dark-subtracted noise) are kept with a warning,
 * {@link SpectrumChecks#negativesKept}, so that a measured spectrum exported as TM-27 reads back. Read with the JDK's
 * StAX parser, no DTDs and no external entities.
 */
final class Tm27SpectrumReader {

    private Tm27SpectrumReader() {
    }

    static List<NamedSpectrum> read(Path file, String text, SpectrumReadOptions options, Consumer<String> warnings)
            throws InputException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader x = null;
        try {
            x = f.createXMLStreamReader(new StringReader(text));
            return read(file, x, options, warnings);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            String message = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceAll("\\s+", " ");
            int cut = message.indexOf("Message: ");
            message = cut >= 0 ? message.substring(cut + 9) : message;
            throw line > 0 ? InputException.atLine(file, line, "not well-formed XML: " + message)
                    : new InputException(file.toString(), "not well-formed XML: " + message);
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException e) {
                    // closing a string reader cannot fail in a way that matters
                }
            }
        }
    }

    private static List<NamedSpectrum> read(Path file, XMLStreamReader x, SpectrumReadOptions options,
            Consumer<String> warnings) throws XMLStreamException, InputException {
        Map<String, String> header = new LinkedHashMap<>();
        List<NamedSpectrum> result = new ArrayList<>();
        boolean root = false;
        String section = null;
        while (x.hasNext()) {
            if (x.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = x.getLocalName();
            if (!root) {
                if (!name.equals("IESTM2714")) {
                    throw InputException.atLine(file, x.getLocation().getLineNumber(),
                            "an XML file but not IES TM-27 spectral data (root <" + name + ">, not <IESTM2714>)");
                }
                root = true;
                String version = x.getAttributeValue(null, "version");
                if (version != null) {
                    header.put("version", version);
                }
            } else if (name.equals("Header")) {
                section = "Header";
            } else if (name.equals("SpectralDistribution")) {
                result.add(distribution(file, x, header, options, result.size(), warnings));
            } else if ("Header".equals(section)) {
                header.put(name, x.getElementText().strip());
            }
        }
        if (!root) {
            throw new InputException(file.toString(), "no XML element (empty document)");
        }
        if (result.isEmpty()) {
            throw new InputException(file.toString(), "a TM-27 file without spectral data (no <SpectralDistribution>)");
        }
        return result;
    }

    private static NamedSpectrum distribution(Path file, XMLStreamReader x, Map<String, String> header,
            SpectrumReadOptions options, int index, Consumer<String> warnings) throws XMLStreamException, InputException {
        Map<String, String> meta = new LinkedHashMap<>(header);
        int startLine = x.getLocation().getLineNumber();
        double[] wl = new double[512];
        double[] v = new double[512];
        int n = 0;
        int firstLine = -1;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("SpectralDistribution")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            int line = x.getLocation().getLineNumber();
            if (!x.getLocalName().equals("SpectralData")) {
                meta.put(x.getLocalName(), x.getElementText().strip());
                continue;
            }
            String wlText = x.getAttributeValue(null, "wavelength");
            if (wlText == null) {
                throw InputException.atLine(file, line, "<SpectralData> without its wavelength attribute");
            }
            String valueText = x.getElementText().strip();
            if (n == wl.length) {
                wl = Arrays.copyOf(wl, 2 * n);
                v = Arrays.copyOf(v, 2 * n);
            }
            wl[n] = number(file, line, wlText.strip(), "wavelength");
            SpectrumChecks.wavelength(file, line, wl[n], n == 0 ? Double.NaN : wl[n - 1], wlText);
            v[n] = number(file, line, valueText, "value");
            if (firstLine < 0) {
                firstLine = line;
            }
            n++;
        }
        if (n == 0) {
            throw InputException.atLine(file, startLine, "a TM-27 file without spectral data (no <SpectralData> in "
                    + "its <SpectralDistribution>)");
        }
        if (n < 2) {
            throw InputException.atLine(file, firstLine, "a spectrum needs at least two wavelengths, found 1");
        }
        SpectrumChecks.unit(file, firstLine, wl, n, options.wavelengthUnit());
        String name = nonEmpty(meta.get("Description"), nonEmpty(meta.get("CatalogNumber"),
                SpectrumChecks.baseName(file) + (index == 0 ? "" : "#" + (index + 1))));
        SpectrumChecks.negativesKept(file, firstLine, "values of '" + name + "'", wl, v, n, warnings);
        return SpectrumChecks.spectrum(file, name, "SpectralDistribution at line " + startLine, wl, v, n, meta,
                InstrumentFigures.NONE);
    }

    private static String nonEmpty(String s, String otherwise) {
        return s == null || s.isBlank() ? otherwise : s;
    }

    private static double number(Path file, int line, String text, String what) throws InputException {
        String problem = DecimalNumber.problem(text);
        if (problem != null) {
            throw InputException.atLine(file, line, what + " '" + text + "' " + problem);
        }
        return Double.parseDouble(text);
    }
}
