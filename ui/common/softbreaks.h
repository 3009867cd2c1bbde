#pragma once

#include <QString>

// Where a word-wrapped label may break a line that has no space: a long URL, an id, a
// description of one unbroken word. Without them such a label grows as wide as its
// longest word and pushes the rest out of view. Inserted as zero-width spaces, which
// text from the server never contains (ServerText removes them) and plain() removes.
namespace SoftBreaks {

// After each '/', '?', '&' and '=', and every `run` characters of a word without one.
QString insert(const QString &text, int run = 20);
// The text as the user reads it, without the inserted breaks.
QString plain(const QString &shown);

} // namespace SoftBreaks
