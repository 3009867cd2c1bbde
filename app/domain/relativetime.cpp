#include "relativetime.h"

#include <QDate>
#include <QLocale>

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
    const QDate day = when.toLocalTime().date();
    const qint64 days = std::max<qint64>(1, day.daysTo(now.toLocalTime().date()));
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
