#include "memoryfigures.h"

#include <QFile>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

// A field of /proc/self/status in kB (VmRSS, VmHWM), -1 when unreadable.
qint64 procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// The resident memory counted from the page tables (/proc/self/smaps_rollup), in kB; -1
// when unreadable. Not VmRSS of /proc/self/status: that is the kernel's per-CPU counter,
// which the kernel documents as inaccurate (Documentation/filesystems/proc.rst). Right
// after another thread freed and trimmed a list it read 137-152 MB where the page tables
// held 127 MB, and 124 MB a second later (odwh-bench-load --busy 2, Linux 6.18).
qint64 exactRssKb()
{
    QFile f(QStringLiteral("/proc/self/smaps_rollup"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("Rss:"))
            return line.mid(4).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double mb(qint64 kb) { return kb < 0 ? -1.0 : double(kb) / 1024.0; }

} // namespace

MemoryFigures MemoryFigures::now()
{
    MemoryFigures m;
    const qint64 exact = exactRssKb();
    m.rssMb = mb(exact >= 0 ? exact : procStatusKb("VmRSS"));
    m.peakMb = mb(procStatusKb("VmHWM"));
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 info = mallinfo2();
    m.inUseMb = double(info.uordblks + info.hblkhd) / 1048576.0;
    m.heldFreeMb = double(info.fordblks) / 1048576.0;
#endif
    return m;
}

bool MemoryFigures::resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

QString MemoryFigures::text() const
{
    return QStringLiteral("RSS %1 MB, malloc in use %2 MB, freed but held %3 MB")
        .arg(rssMb, 0, 'f', 1)
        .arg(inUseMb, 0, 'f', 1)
        .arg(heldFreeMb, 0, 'f', 1);
}
