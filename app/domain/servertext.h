#pragma once

#include <QString>

// Text that came from the server, made safe to show: nothing the server sends may pass
// for the app's own words or hide what it really says.
namespace ServerText {

// The longest server message shown in a sentence; the rest is cut with an ellipsis.
constexpr int MessageLimit = 300;

// One line: bidi overrides and embeddings, zero-width and other invisible format
// characters are removed; line breaks, tabs and other control characters become one
// space; runs of spaces collapse; cut at `limit` characters (with "…") before any of
// this work touches megabytes.
QString oneLine(const QString &text, int limit = MessageLimit);

// The most of the server's text kept for copying (a report, a ticket).
constexpr int CopyLimit = 64 * 1024;

// For the clipboard, where the user asked for the whole text: bidi controls, invisible
// and control characters removed as in oneLine, but line breaks and tabs kept; cut at
// `limit` characters (with "…").
QString forCopy(const QString &text, int limit = CopyLimit);

} // namespace ServerText
