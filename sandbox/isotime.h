#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <limits>

// Timestamps are kept as microseconds since the Unix epoch (UTC). IsoTime::Null marks
// a JSON null. On the wire: ISO 8601 UTC with "Z", with six fraction digits when the
// value has a sub-second part ("2026-11-27T10:15:03.123456Z"), else none ("...:03Z").
namespace IsoTime {

constexpr qint64 Null = std::numeric_limits<qint64>::min();
constexpr qint64 UsPerSecond = 1000000;
constexpr qint64 UsPerMinute = 60 * UsPerSecond;
constexpr qint64 UsPerHour = 60 * UsPerMinute;
constexpr qint64 UsPerDay = 24 * UsPerHour;

// Appends the text form without quotes. Null must be handled by the caller.
void append(QByteArray &out, qint64 us);
QByteArray format(qint64 us);

// Accepts YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM); fractions beyond
// microseconds are truncated. False for anything else.
bool parse(QStringView text, qint64 *us);

} // namespace IsoTime
