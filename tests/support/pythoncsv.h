#pragma once
// Reads a CSV file back with a real CSV parser, Python's csv module (python3 on PATH),
// for the export tests: an RFC 4180 writer must satisfy a reader written by others.

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace PythonCsv {

// The rows of `path` as Python's csv.reader (strict) sees them, each a list of fields;
// empty and *error set when python3 is missing or the file does not parse.
inline QList<QStringList> read(const QString &path, QString *error)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        *error = QStringLiteral("python3 is not installed");
        return {};
    }
    QProcess p;
    p.start(python,
            {QStringLiteral("-c"),
             QStringLiteral("import csv, json, sys\n"
                            "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                            "    rows = list(csv.reader(f, strict=True))\n"
                            "sys.stdout.write(json.dumps(rows))\n"),
             path});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("python3 could not read it: ") + QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    QList<QStringList> rows;
    for (const QJsonValue &row : QJsonDocument::fromJson(p.readAllStandardOutput()).array()) {
        QStringList fields;
        for (const QJsonValue &f : row.toArray())
            fields.append(f.toString());
        rows.append(fields);
    }
    return rows;
}

} // namespace PythonCsv
