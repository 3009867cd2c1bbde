#include "exportfile.h"

#include "csvwriter.h"
#include "jsontablewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace {

QString safeNamePart(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const bool keep
            = c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
        out += keep ? c : QLatin1Char('-');
    }
    while (out.contains(QLatin1String("--")))
        out.replace(QLatin1String("--"), QLatin1String("-"));
    while (out.startsWith(QLatin1Char('-')) || out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')) || out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out.left(60);
}

} // namespace

QString ExportFile::csvFilter() { return tr("CSV files (*.csv)"); }

QString ExportFile::jsonFilter() { return tr("JSON files (*.json)"); }

ExportFile::Format ExportFile::formatFor(const QString &path, const QString &selectedFilter)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return selectedFilter == jsonFilter() ? Format::Json : Format::Csv;
}

QString ExportFile::withExtension(const QString &path, Format format)
{
    if (!QFileInfo(path).suffix().isEmpty())
        return path;
    return path + (format == Format::Json ? QLatin1String(".json") : QLatin1String(".csv"));
}

QString ExportFile::defaultName(const QString &what, const QString &profile, const QDate &date, Format format)
{
    QStringList parts{QStringLiteral("optimaldial"), safeNamePart(what)};
    const QString p = safeNamePart(profile);
    if (!p.isEmpty())
        parts.append(p);
    parts.append(date.toString(Qt::ISODate));
    return parts.join(QLatin1Char('-')) + (format == Format::Json ? QLatin1String(".json") : QLatin1String(".csv"));
}

QByteArray ExportFile::encode(const ExportTable &table, Format format)
{
    return format == Format::Json ? JsonTableWriter::write(table) : CsvWriter::write(table);
}

bool ExportFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}
