#include "writelimit.h"

#include <QLoggingCategory>
#include <QSettings>

namespace {
Q_LOGGING_CATEGORY(lcLimit, "odwh.writes")
} // namespace

QString WriteLimit::settingsKey() { return QStringLiteral("writes/perMinute"); }

int WriteLimit::perMinute()
{
    const QVariant value = QSettings().value(settingsKey());
    if (!value.isValid())
        return Default;
    bool ok = false;
    const int n = value.toString().trimmed().toInt(&ok);
    if (ok && isValid(n))
        return n;
    qCWarning(lcLimit) << "ignoring" << settingsKey() << "=" << value.toString().left(40) << "(not a whole number in"
                       << Min << ".." << Max << "); using" << Default;
    return Default;
}

void WriteLimit::setPerMinute(int perMinute)
{
    if (isValid(perMinute))
        QSettings().setValue(settingsKey(), perMinute);
}
