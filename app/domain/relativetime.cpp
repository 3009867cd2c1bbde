#include "relativetime.h"

#include <QDate>
#include <QTimeZone>

namespace {

const QString &isoFormat()
{
    static const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    return format;
}

} // namespace

QString RelativeTime::nullText() { return QString(QChar(0x2014)); }

QString RelativeTime::text(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return nullText();
    const qint64 secs = when.secsTo(now);
    if (secs < -60) // in the future: clocks disagree; say exactly when
        return when.toLocalTime().toString(isoFormat());
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
    return day.toString(Qt::ISODate);
}

QString RelativeTime::exactText(const QDateTime &when)
{
    if (!when.isValid())
        return nullText();
    const QDateTime local = when.toLocalTime();
    return tr("%1 UTC (%2 local time)").arg(when.toUTC().toString(isoFormat()), local.toString(isoFormat()));
}

QString RelativeTime::toolTip(const QDateTime &when, const QString &nullMeaning)
{
    if (!when.isValid())
        return nullMeaning;
    const QDateTime local = when.toLocalTime();
    QString zone = local.timeZoneAbbreviation();
    if (zone.isEmpty())
        zone = tr("local time");
    return tr("%1 UTC\n%2 %3").arg(when.toUTC().toString(isoFormat()), local.toString(isoFormat()), zone);
}
