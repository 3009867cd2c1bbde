#include "relativetime.h"

#include <QDate>
#include <QLocale>
#include <QTimeZone>

#include <limits>

namespace {

// The system's time zone and today's date in it, for the `now` a table's texts are made
// against: looked up once per `now`, not per cell. (QDateTime::toLocalTime() asks the C
// library, whose tzset() checks /etc/localtime with a stat() system call on every
// conversion: two per time cell, ~8% of the first paint of a 100,000-row table, perf.)
// The zone is read again with each new `now`, so a change of the system's zone shows at
// the next refresh of the relative times.
struct LocalDays
{
    qint64 nowMs = std::numeric_limits<qint64>::min();
    QTimeZone zone;
    QDate today;

    void follow(const QDateTime &now)
    {
        const qint64 ms = now.toMSecsSinceEpoch();
        if (ms == nowMs)
            return;
        zone = QTimeZone::systemTimeZone();
        today = now.toTimeZone(zone).date();
        nowMs = ms;
    }
};

} // namespace

QString RelativeTime::nullText() { return QString(QChar(0x2014)); }

QString RelativeTime::text(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return nullText();
    const qint64 secs = when.secsTo(now);
    if (secs < -60) // in the future: clocks disagree; say exactly when
        return exactText(when);
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        //: Relative time, minutes; keep it short, it is a table cell
        return tr("%n min ago", nullptr, int(secs / 60));
    if (secs < 86400)
        //: Relative time, hours; keep it short, it is a table cell
        return tr("%n h ago", nullptr, int(secs / 3600));
    static thread_local LocalDays local;
    local.follow(now);
    const QDate day = when.toTimeZone(local.zone).date();
    const qint64 days = std::max<qint64>(1, day.daysTo(local.today));
    if (days == 1)
        return tr("yesterday");
    if (days <= MaxRelativeDays)
        return tr("%n days ago", nullptr, int(days));
    return dateText(day);
}

QString RelativeTime::exactText(const QDateTime &when)
{
    if (!when.isValid())
        return nullText();
    const QLocale locale;
    return locale.toString(when.toLocalTime(),
                           locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ')
                               + locale.timeFormat(QLocale::LongFormat));
}

QString RelativeTime::dateText(const QDate &day) { return QLocale().toString(day, QLocale::ShortFormat); }

QString RelativeTime::toolTip(const QDateTime &when, const QString &nullMeaning)
{
    if (!when.isValid())
        return nullMeaning;
    return exactText(when);
}
