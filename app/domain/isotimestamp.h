#pragma once

#include <QDateTime>
#include <QString>

// ISO 8601 / RFC 3339 date-times as the API sends them: "2026-04-23T10:15:03Z",
// with or without fractional seconds (any number of digits), with "Z" or an offset
// ("+02:00", "+0200"). A time without a zone is refused rather than guessed.
// Written by hand because it runs 100,000s of times while a list loads.
namespace IsoTimestamp {

// The UTC instant, or an invalid QDateTime and *error set.
QDateTime parse(QStringView text, QString *error = nullptr);

// "2026-04-23T10:15:03.123Z" (UTC, milliseconds only when non-zero).
QString format(const QDateTime &time);

} // namespace IsoTimestamp
