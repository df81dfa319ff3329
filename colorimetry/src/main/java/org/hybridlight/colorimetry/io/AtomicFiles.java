package org.hybridlight.colorimetry.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes output files whole or not at all: into a temporary file of a unique name beside the target
 * ({@link Files#createTempFile}), forced to disk, then an atomic rename. A failure (or a kill, or a power cut
 * after the rename) leaves no partial file under the target's name and the old content, if any, intact.
 * {@link Group} does the same for several files at once: all are written first, then all are renamed, so an
 * error in any of them leaves none.
 */
public final class AtomicFiles {

    /** Writes the content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Whether files have POSIX permissions: temporary files are then created rw-rw-rw- less the umask, as any new
     * file is (createTempFile alone would make every output rw-------).
     */
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        try (Group g = new Group()) {
            g.write(target, content);
            g.commit();
        }
    }

    public static void writeString(Path target, CharSequence text) throws IOException {
        write(target, utf8(text));
    }

    /** The content of a text in UTF-8. */
    public static Content utf8(CharSequence text) {
        return out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Several outputs written all or none: {@link #write} puts each into its temporary file (forced to disk),
     * {@link #commit} renames them all into place; {@link #close} deletes whatever was not committed.
     */
    public static final class Group implements AutoCloseable {
        private final List<Path[]> staged = new ArrayList<>();
        private boolean committed;

        public void write(Path target, Content content) throws IOException {
            Path parent = target.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new IOException("directory " + parent + " does not exist");
            }
            Path tmp = createTemp(parent, target.getFileName().toString());
            staged.add(new Path[] {tmp, target});
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(ch)) {
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
        }

        /** Moves every written file into place. */
        public void commit() throws IOException {
            committed = true;
            for (Path[] p : staged) {
                Files.move(p[0], p[1], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                syncDirectory(p[1].toAbsolutePath().getParent());
            }
            staged.clear();
        }

        @Override
        public void close() throws IOException {
            IOException first = null;
            for (Path[] p : staged) {
                try {
                    Files.deleteIfExists(p[0]);
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            staged.clear();
            if (first != null && !committed) {
                throw first;
            }
        }
    }

    private static Path createTemp(Path dir, String name) throws IOException {
        String prefix = "." + (name.length() > 40 ? name.substring(0, 40) : name) + ".";
        if (POSIX) {
            FileAttribute<?> plain = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-"));
            return Files.createTempFile(dir, prefix, ".tmp", plain);
        }
        return Files.createTempFile(dir, prefix, ".tmp");
    }

    /** Makes the rename itself durable where the platform allows opening a directory (Linux, macOS). */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not possible on this platform (Windows): the data itself is on disk already
        }
    }
}
