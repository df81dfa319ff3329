package org.hybridlight.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The process's peak resident memory (Linux VmHWM) and the Java heap's peak use, for {@code --stats}. */
final class PeakMemory {

    private PeakMemory() {
    }

    static String describe() {
        long heapPeak = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                heapPeak += pool.getPeakUsage().getUsed();
            }
        }
        String heap = String.format(Locale.ROOT, "heap %.0f MB (sum of the pools' peaks)", heapPeak / 1e6);
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "RSS %.0f MB, %s", kb / 1e3, heap);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: the heap figure alone
        }
        return heap;
    }
}
