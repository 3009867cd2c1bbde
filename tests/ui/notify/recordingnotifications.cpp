#include "recordingnotifications.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

RecordingNotifications::RecordingNotifications(const QDBusConnection &bus, QObject *parent)
    : QObject(parent), m_bus(bus)
{}

bool RecordingNotifications::registerOnBus()
{
    return m_bus.registerObject(Path, this, QDBusConnection::ExportAllSlots) && m_bus.registerService(Service);
}

QStringList RecordingNotifications::GetCapabilities()
{
    return {QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("body-markup")};
}

uint RecordingNotifications::Notify(const QString &appName, uint replacesId, const QString &appIcon,
                                    const QString &summary, const QString &body, const QStringList &actions,
                                    const QVariantMap &hints, int expireTimeout)
{
    Call c{m_nextId++, appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout};
    m_calls.append(c);
    return c.id;
}

void RecordingNotifications::CloseNotification(uint id) { closeNotification(id, 3); }

void RecordingNotifications::invokeAction(uint id, const QString &key)
{
    QDBusMessage signal = QDBusMessage::createSignal(Path, Interface, QStringLiteral("ActionInvoked"));
    signal << id << key;
    m_bus.send(signal);
}

void RecordingNotifications::closeNotification(uint id, uint reason)
{
    QDBusMessage signal = QDBusMessage::createSignal(Path, Interface, QStringLiteral("NotificationClosed"));
    signal << id << reason;
    m_bus.send(signal);
}
