#include "freedesktopnotifier.h"

#include "appinfo.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNotify, "odwh.notify")

const QString FreedesktopNotifier::Service = QStringLiteral("org.freedesktop.Notifications");
const QString FreedesktopNotifier::Path = QStringLiteral("/org/freedesktop/Notifications");
const QString FreedesktopNotifier::Interface = QStringLiteral("org.freedesktop.Notifications");

namespace {
// At most this many notifications are remembered for their actions; older ones are
// long gone from the screen.
constexpr int RememberedLimit = 64;
// Urgency hint values of the specification.
constexpr uchar NormalUrgency = 1;
constexpr uchar CriticalUrgency = 2;
} // namespace

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &bus, QObject *parent) : Notifier(parent), m_bus(bus)
{
    m_bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
    const QDBusMessage call
        = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<QStringList> reply = *watcher;
        if (reply.isValid())
            m_bodyMarkup = reply.value().contains(QLatin1String("body-markup"));
    });
}

bool FreedesktopNotifier::isAvailable(const QDBusConnection &bus)
{
    if (!bus.isConnected() || !bus.interface())
        return false;
    if (bus.interface()->isServiceRegistered(Service))
        return true;
    const QDBusReply<QStringList> activatable = bus.interface()->call(QStringLiteral("ListActivatableNames"));
    return activatable.isValid() && activatable.value().contains(Service);
}

void FreedesktopNotifier::notify(const WatchMessage &message)
{
    QStringList actions{QStringLiteral("default"), tr("Show")};
    if (message.changeCount == 1)
        actions << QStringLiteral("open") << tr("Open endpoint");
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), AppInfo::id());
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(message.isCritical ? CriticalUrgency : NormalUrgency));
    hints.insert(QStringLiteral("category"), QStringLiteral("network"));

    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    call << AppInfo::name() << uint(0) << AppInfo::id() << message.title
         << (m_bodyMarkup ? message.body.toHtmlEscaped() : message.body) << actions << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, endpointId = message.endpointId] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (!reply.isValid()) {
            qCWarning(lcNotify) << "Notify failed:" << reply.error().name() << reply.error().message();
            return;
        }
        if (m_endpointByNotification.size() >= RememberedLimit)
            m_endpointByNotification.erase(m_endpointByNotification.begin());
        m_endpointByNotification.insert(reply.value(), endpointId);
    });
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto it = m_endpointByNotification.constFind(id);
    if (it == m_endpointByNotification.cend())
        return; // another application's, or one we forgot
    emit activated(it.value(), actionKey == QLatin1String("open"));
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_endpointByNotification.remove(id);
}
