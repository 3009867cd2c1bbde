#pragma once

#include <QString>

// What the process holds (the kernel's view: the page tables, /proc/self/smaps_rollup;
// the peak from /proc/self/status) and what of it malloc has handed out (glibc's view:
// mallinfo2), in MB.
struct MemoryFigures
{
    double rssMb = -1;      // resident: Rss of smaps_rollup (VmRSS where that is missing)
    double peakMb = -1;     // VmHWM (since the last resetPeak())
    double inUseMb = -1;    // malloc: allocated and not freed (small blocks + mmapped blocks)
    double heldFreeMb = -1; // malloc: freed, kept in its arenas (not returned to the system)

    static MemoryFigures now();
    // Resets VmHWM to the current RSS (Linux >= 4.0).
    static bool resetPeak();
    QString text() const;
};
