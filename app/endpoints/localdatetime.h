#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// A date-time as the editing of an endpoint shows it: the exact time by the app's one rule
// (RelativeTime::exactText: local time, the locale's format, seconds and zone), "never" when
// there is none.
class LocalDateTime
{
    Q_DECLARE_TR_FUNCTIONS(LocalDateTime)

public:
    static QString text(const QDateTime &time);
};
