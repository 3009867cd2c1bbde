#include "watchpreferences.h"

#include "webhookendpoint.h"

#include <QSettings>
#include <QUrl>

namespace {
const QLatin1String ThresholdKey("watch/failureThreshold");
const QLatin1String ShowInTrayKey("watch/showInTray");
const QLatin1String KeepRunningKey("watch/keepRunningInTray");
const QLatin1String MinimizeKey("watch/minimizeToTray");

// A profile's own key: its name percent-encoded, so that no name can reach into
// another group ("/" separates groups).
QString notificationsKey(const QString &profile)
{
    return QStringLiteral("watch/profiles/%1/notifications").arg(QString::fromLatin1(QUrl::toPercentEncoding(profile)));
}
} // namespace

WatchPreferences WatchPreferences::load(const QSettings &settings, const QString &profile)
{
    WatchPreferences p;
    p.threshold = qBound(1, settings.value(ThresholdKey, EndpointWatch::DefaultThreshold).toInt(),
                         WebhookEndpoint::AutoDisableThreshold - 1);
    p.showInTray = settings.value(ShowInTrayKey, false).toBool();
    p.keepRunningInTray = settings.value(KeepRunningKey, false).toBool();
    p.minimizeToTray = settings.value(MinimizeKey, false).toBool();
    p.notifications = profile.isEmpty() || settings.value(notificationsKey(profile), true).toBool();
    return p;
}

void WatchPreferences::save(QSettings &settings, const QString &profile) const
{
    settings.setValue(ThresholdKey, threshold);
    settings.setValue(ShowInTrayKey, showInTray);
    settings.setValue(KeepRunningKey, keepRunningInTray);
    settings.setValue(MinimizeKey, minimizeToTray);
    if (!profile.isEmpty())
        settings.setValue(notificationsKey(profile), notifications);
}
