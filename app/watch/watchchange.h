#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One thing worth telling the operator about one endpoint, found by comparing two
// refreshes. Kinds are in order of urgency (the most urgent first).
struct WatchChange
{
    enum class Kind {
        AutoDisabled, // the server switched it off (disabled_at set)
        CrossedThreshold, // consecutive failures reached the user's threshold
        StartedFailing, // consecutive failures went from 0 to more
        Recovered, // healthy again: failures back to 0 and active (also re-enabled)
    };

    Kind kind = Kind::StartedFailing;
    QString id;
    QString url; // as the server sent it: make it safe before showing it
    int failures = 0;

    friend bool operator==(const WatchChange &a, const WatchChange &b)
    {
        return a.kind == b.kind && a.id == b.id && a.url == b.url && a.failures == b.failures;
    }
};

Q_DECLARE_METATYPE(WatchChange)
