#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Times as an operator reads them in a table: "just now", "3 min ago", "2 h ago",
// "yesterday", "5 days ago", then the date. The exact time goes in the tooltip.
// The one rule for a time meant for reading, everywhere in the app (table, tooltips, details
// pane, dialogs, messages): local time in the locale's format, with seconds and the zone
// ("12/4/26 9:10:27 PM CET", "04.12.26 21:10:27 CET"). The zone makes it unambiguous; files
// and clipboard copies for machines keep ISO 8601 UTC (app/export, IsoTimestamp).
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    // Beyond this many days the date is shown instead.
    static constexpr int MaxRelativeDays = 30;

    // `when` relative to `now`; nullText() for an invalid `when`.
    static QString text(const QDateTime &when, const QDateTime &now);
    // The exact time (exactText); `nullMeaning` (e.g. "Never") for an invalid `when`.
    static QString toolTip(const QDateTime &when, const QString &nullMeaning = QString());
    // The exact time by the rule above: "04.12.26 21:10:27 CET" in a German locale.
    static QString exactText(const QDateTime &when);
    // A date alone, in the locale's short format.
    static QString dateText(const QDate &day);
    // What an empty time cell shows: an em dash.
    static QString nullText();
};
