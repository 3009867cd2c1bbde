#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Times as an operator reads them in a table: "just now", "3 min ago", "2 h ago",
// "yesterday", "5 days ago", then the date. The exact time goes in the tooltip.
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    // Beyond this many days the date is shown instead.
    static constexpr int MaxRelativeDays = 30;

    // `when` relative to `now`; nullText() for an invalid `when`.
    static QString text(const QDateTime &when, const QDateTime &now);
    // "2026-04-23 10:15:03 UTC" and the same instant in local time, on two lines;
    // `nullMeaning` (e.g. "Never") for an invalid `when`.
    static QString toolTip(const QDateTime &when, const QString &nullMeaning = QString());
    // One line: "2026-04-23 10:15:03 UTC (12:15:03 local time)".
    static QString exactText(const QDateTime &when);
    // What an empty time cell shows: an em dash.
    static QString nullText();
};
