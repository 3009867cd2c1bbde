#pragma once

#include "exporttable.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// An export file: the format its name (or the save dialog's filter) asks for, a default
// name with the profile and the date, and the write itself, atomic (QSaveFile: a failed
// write leaves an existing file as it was).
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    enum class Format { Csv, Json };

    // The save dialog's filters, CSV first.
    static QString csvFilter();
    static QString jsonFilter();
    // The format for `path`: its extension (.csv, .json) decides; without one, the
    // dialog's `selectedFilter`; else CSV.
    static Format formatFor(const QString &path, const QString &selectedFilter = QString());
    // `path` with the format's extension added when it has none.
    static QString withExtension(const QString &path, Format format);
    // "optimaldial-<what>-<profile>-2026-12-04.csv"; characters a file name cannot hold
    // become "-".
    static QString defaultName(const QString &what, const QString &profile, const QDate &date, Format format);
    static QByteArray encode(const ExportTable &table, Format format);
    // Writes `bytes` to `path` atomically. False and *error (a sentence) when it fails.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};
