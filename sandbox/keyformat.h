#pragma once

#include <QString>

// API keys: "od_live_" followed by 32 URL-safe characters ([A-Za-z0-9_-]).
namespace KeyFormat {

constexpr int BodyLength = 32;
constexpr int DisplayPrefixLength = 12;

// Empty when well formed, else what is wrong (never quoting more than the display prefix).
QString problem(const QString &key);
inline bool isWellFormed(const QString &key) { return problem(key).isEmpty(); }
// At most the first 12 characters, e.g. "od_live_FxXk": the only part that may be logged.
inline QString displayPrefix(const QString &key) { return key.left(DisplayPrefixLength); }

} // namespace KeyFormat
