#include "watchalerts.h"

#include "endpointwatch.h"
#include "notifier.h"
#include "traymessagenotifier.h"
#include "watchsummary.h"

#ifdef ODWH_FREEDESKTOP_NOTIFICATIONS
#include "freedesktopnotifier.h"
#endif

WatchAlerts::WatchAlerts(EndpointWatch *watch, Notifier *notifier, QObject *parent)
    : QObject(parent), m_watch(watch), m_notifier(notifier)
{
    m_notifier->setParent(this);
    connect(m_watch, &EndpointWatch::changesFound, this, &WatchAlerts::onChanges);
    connect(m_notifier, &Notifier::activated, this, &WatchAlerts::endpointRequested);
}

Notifier *WatchAlerts::createNotifier(QSystemTrayIcon *tray, QObject *parent)
{
#ifdef ODWH_FREEDESKTOP_NOTIFICATIONS
    return createNotifier(QDBusConnection::sessionBus(), tray, parent);
#else
    return new TrayMessageNotifier(tray, parent);
#endif
}

#ifdef ODWH_FREEDESKTOP_NOTIFICATIONS
Notifier *WatchAlerts::createNotifier(const QDBusConnection &bus, QSystemTrayIcon *tray, QObject *parent)
{
    if (FreedesktopNotifier::isAvailable(bus))
        return new FreedesktopNotifier(bus, parent);
    return new TrayMessageNotifier(tray, parent);
}
#endif

bool WatchAlerts::needsTrayIcon() const { return qobject_cast<TrayMessageNotifier *>(m_notifier) != nullptr; }

void WatchAlerts::onChanges(const QList<WatchChange> &changes)
{
    if (m_enabled)
        m_notifier->notify(WatchSummary::message(changes, m_watch->threshold()));
}
