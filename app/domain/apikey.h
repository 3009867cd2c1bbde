#pragma once

#include <QString>

// An OptimalDial API key: "od_live_" followed by 32 URL-safe characters.
// Only its display prefix may be shown or logged.
namespace ApiKey {

constexpr int DisplayPrefixLength = 12; // "od_live_FxXk"

bool isWellFormed(const QString &key);
// Empty when well formed, else a specific, translated message.
QString check(const QString &key);
QString displayPrefix(const QString &key);

} // namespace ApiKey
