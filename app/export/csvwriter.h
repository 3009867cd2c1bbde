#pragma once

#include "exporttable.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// CSV as RFC 4180 describes it: a header row, CRLF after every record, a field quoted
// when it holds a comma, a double quote, CR or LF (or starts or ends with a space), quotes
// inside doubled; UTF-8 without a byte order mark.
namespace CsvWriter {

// One field, quoted when it must be.
QString field(const QString &text);
// One record, with its CRLF.
QString record(const QStringList &fields);
// A JSON value as a CSV field's text: null empty, booleans "true"/"false", numbers as
// JSON writes them, an array's items joined by a space (event names hold none).
QString text(const QJsonValue &value);
// The whole file: the header row, then every row.
QByteArray write(const ExportTable &table);

} // namespace CsvWriter
