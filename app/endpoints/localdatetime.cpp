#include "localdatetime.h"

#include "relativetime.h"

QString LocalDateTime::text(const QDateTime &time)
{
    if (!time.isValid())
        return tr("never");
    return RelativeTime::exactText(time);
}
