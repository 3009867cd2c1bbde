#include "localdatetime.h"

#include <QLocale>

QString LocalDateTime::text(const QDateTime &time)
{
    if (!time.isValid())
        return tr("never");
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    return tr("%1 %2", "date time").arg(locale.toString(local.date(), QLocale::ShortFormat), locale.toString(local.time(), QLocale::ShortFormat));
}
