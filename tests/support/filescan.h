#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

// Test helper: every file below `root` whose contents contain `needle` (a key that
// must never reach a file). Files over 50 MB are skipped.
inline QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    if (root.isEmpty() || !QDir(root).exists())
        return hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.size() > 50 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
            continue;
        if (f.readAll().contains(needle))
            hits.append(path);
    }
    return hits;
}
