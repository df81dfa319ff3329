package org.hybridlight.source.design;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import org.hybridlight.colorimetry.io.InputException;

/**
 * Spectrum files read once per version: a file is read again only when its last-modified time or size has
 * changed, so an editor that re-reads its design at every slider step does not parse the same file each time.
 * The reader's warnings are kept with the spectra, so they are given again without a read. Only files that read
 * well are kept (a refused file is read, and refused, again). One instance per editor; safe
 * to share between threads.
 */
public final class CachedSpectrumFiles implements SpectrumFiles {

    private record Entry(FileTime modified, long sizeBytes, Contents contents) {
    }

    private final SpectrumFiles source;
    private final Map<Path, Entry> read = new HashMap<>();

    /** @param source where a new or changed file is read from (normally {@link SpectrumFiles#fromDisk()}) */
    public CachedSpectrumFiles(SpectrumFiles source) {
        this.source = source;
    }

    @Override
    public synchronized Contents read(Path file) throws InputException {
        Path key = file.toAbsolutePath().normalize();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(key, BasicFileAttributes.class);
        } catch (IOException e) {
            // missing or unreadable: the reader says so in its own words
            read.remove(key);
            return source.read(file);
        }
        Entry e = read.get(key);
        if (e != null && e.modified().equals(attributes.lastModifiedTime()) && e.sizeBytes() == attributes.size()) {
            return e.contents();
        }
        Contents contents = source.read(file);
        read.put(key, new Entry(attributes.lastModifiedTime(), attributes.size(), contents));
        return contents;
    }
}
