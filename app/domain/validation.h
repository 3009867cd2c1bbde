#pragma once

#include "eventtype.h"

#include <QCoreApplication>
#include <QString>

// The server's rules, checked locally so that a mistake shows before a round trip.
// Each check returns an empty string when the value is fine, or a specific,
// translated message saying what is wrong.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    static constexpr int MaxDescriptionLength = 500; // Unicode code points

    static QString checkUrl(const QString &url);
    static QString checkDescription(const QString &description);
    static QString checkEvents(EventTypes events);

    // Code points, not UTF-16 units: an emoji is one, "e" + U+0301 is two.
    static int codePointCount(const QString &text);
};
